package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.catalog.code.UsccCheck;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.Optional;

/**
 * A field holds a valid unified social credit code, by its check characters or the override list.
 * The violation code is {@code credit-code.<defect>} with the defect of {@link CodeDefect}.
 */
final class CreditCodeCheck implements FieldCheck {

  static final String CODE = "credit-code";

  private final String field;
  private final boolean placeholderAllowed;
  private final SubjectCodes codes;

  /**
   * @param placeholderAllowed whether the field may hold the placeholder of an individual business
   *     without a code; the type's schema then says when
   */
  CreditCodeCheck(String field, boolean placeholderAllowed, SubjectCodes codes) {
    this.field = field;
    this.placeholderAllowed = placeholderAllowed;
    this.codes = codes;
  }

  @Override
  public Optional<Violation> check(CheckedFields fields) {
    return fields
        .text(field)
        .map(codes::checkUscc)
        .filter(check -> !(check.placeholder() && placeholderAllowed))
        .flatMap(UsccCheck::defect)
        .map(defect -> fields.violation(field, CODE + "." + defect.code(), CODE, defect.message()));
  }
}
