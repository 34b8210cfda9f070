package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The query parameters of an audit listing, checked: every malformed one is named. */
final class AuditQuery {

  private final List<Violation> violations = new ArrayList<>();

  private AuditQuery() {}

  static AuditReader.Filter filter(
      String clientId, String kind, String from, String to, String cursor) {
    AuditQuery query = new AuditQuery();
    AuditReader.Filter filter =
        new AuditReader.Filter(
            clientId,
            query.kind(kind),
            query.instant("from", from),
            query.instant("to", to),
            query.cursor(cursor));
    query.throwIfAny();
    return filter;
  }

  static int size(Integer size, int max) {
    int chosen = size == null ? Math.min(50, max) : size;
    if (chosen < 1 || chosen > max) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.detail"),
          List.of(new Violation("size", "range", new Text("violation.audit.size", max))));
    }
    return chosen;
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

  private Long cursor(String cursor) {
    if (cursor == null) {
      return null;
    }
    if (!cursor.matches("[1-9][0-9]{0,18}")) {
      violations.add(new Violation("cursor", "format", new Text("violation.audit.cursor")));
      return null;
    }
    return Long.parseLong(cursor);
  }

  private void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, new Text("problem.malformed-request.detail"), violations);
    }
  }
}
