package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.FieldRoles.IdentityNumberRole;
import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.Optional;
import java.util.Set;

/**
 * An ID number of a resident identity card is a valid GB 11643 number: check character, a real
 * birth date not in the future. Numbers of other documents (passports, permits) are not checked.
 * The violation code is {@code identity-number.<defect>} with the defect of {@link CodeDefect}.
 */
final class IdentityNumberCheck implements FieldCheck {

  static final String CODE = "identity-number";

  /** How senders name the resident identity card (居民身份证) in a document type field. */
  static final Set<String> RESIDENT_IDENTITY_CARD = Set.of("身份证", "居民身份证");

  private final IdentityNumberRole role;
  private final SubjectCodes codes;

  IdentityNumberCheck(IdentityNumberRole role, SubjectCodes codes) {
    this.role = role;
    this.codes = codes;
  }

  @Override
  public Optional<Violation> check(CheckedFields fields) {
    if (!isResidentIdentityCard(fields)) {
      return Optional.empty();
    }
    return fields
        .text(role.number())
        .flatMap(codes::identityNumberDefectOf)
        .map(
            defect ->
                fields.violation(
                    role.number(), CODE + "." + defect.code(), CODE, defect.message()));
  }

  private boolean isResidentIdentityCard(CheckedFields fields) {
    return role.type()
        .flatMap(fields::text)
        .map(type -> RESIDENT_IDENTITY_CARD.contains(type.strip()))
        .orElse(true);
  }
}
