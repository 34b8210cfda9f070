package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link FieldCheck}s of a record type, from its date fields and its {@link FieldRoles}. */
final class FieldChecks {

  private FieldChecks() {}

  static List<FieldCheck> of(RecordType type, SubjectCodes codes) {
    FieldRoles roles = type.roles();
    List<FieldCheck> checks = new ArrayList<>();
    type.dateFields().forEach(field -> checks.add(new CalendarDateCheck(field)));
    checks.add(new DecisionDateCheck(type.decisionDateField(), codes::today));
    roles.dateOrder().forEach(order -> checks.add(new DateOrderCheck(order)));
    roles
        .creditCodes()
        .forEach(
            field ->
                checks.add(new CreditCodeCheck(field, placeholderAllowed(roles, field), codes)));
    roles.identityNumbers().forEach(role -> checks.add(new IdentityNumberCheck(role, codes)));
    return List.copyOf(checks);
  }

  /**
   * The placeholder stands only for the subject's code, and only in types that can identify the
   * subject by its registration number instead: their schemas require that number with the
   * placeholder and accept the placeholder only for individual businesses.
   */
  private static boolean placeholderAllowed(FieldRoles roles, String field) {
    SubjectRoles subject = roles.subject();
    return subject.registrationNumber().isPresent()
        && subject.creditCode().equals(Optional.of(field));
  }
}
