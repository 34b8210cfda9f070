package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The query parameters of an audit listing, checked: every malformed one is named. */
final class AuditQuery {

  private final List<Violation> violations = new ArrayList<>();

  private AuditQuery() {}

  static AuditReader.Filter filter(
      String clientId, String kind, String from, String to, Optional<Violation> pageSize) {
    AuditQuery query = new AuditQuery();
    AuditReader.Filter filter =
        new AuditReader.Filter(
            clientId, query.kind(kind), query.instant("from", from), query.instant("to", to));
    pageSize.ifPresent(query.violations::add);
    query.throwIfAny();
    return filter;
  }

  private AuditKind kind(String kind) {
    if (kind == null) {
      return null;
    }
    try {
      return AuditKind.valueOf(kind);
    } catch (IllegalArgumentException unknown) {
      violations.add(new Violation("kind", "enum", new Text("violation.audit.kind", kind)));
      return null;
    }
  }

  private Instant instant(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException malformed) {
      violations.add(new Violation(name, "format", new Text("violation.audit.instant", name)));
      return null;
    }
  }

  private void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, new Text("problem.malformed-request.detail"), violations);
    }
  }
}
