package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.region.DivisionCodes;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.subject.Subject;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What a submitter may submit: the record types granted to it, and for a county (or any client
 * bound to a division) only records whose subject or deciding authority lies in its division.
 */
@ApplicationScoped
class SubmitterRights {

  Optional<Violation> typeRefusal(Client client, RecordType type) {
    if (client.submittableRecordTypes().contains(type.code())) {
      return Optional.empty();
    }
    return Optional.of(
        new Violation(
            "/recordType",
            "record-type-not-granted",
            new Text(
                "violation.record-type-not-granted",
                type.code(),
                type.name().zh(),
                type.name().en())));
  }

  Optional<Violation> divisionRefusal(
      Client client, RecordType type, Subject subject, ObjectNode fieldsByCode) {
    if (client.divisionCode().isEmpty()) {
      return Optional.empty();
    }
    String prefix = DivisionCodes.prefixWithin(client.divisionCode().get());
    boolean subjectInside = subject.divisionCode().startsWith(prefix);
    boolean authorityInside =
        type.roles()
            .authorityCreditCode()
            .map(field -> fieldsByCode.path(field).asText(""))
            .filter(code -> code.length() == 18)
            .map(code -> code.substring(2, 8).startsWith(prefix))
            .orElse(false);
    if (subjectInside || authorityInside) {
      return Optional.empty();
    }
    return Optional.of(
        new Violation(
            "/subject/code",
            "outside-division",
            new Text(
                "violation.outside-division",
                subject.divisionCode(),
                client.divisionCode().get())));
  }
}
