package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.UnifiedSocialCreditCode;
import java.util.Optional;

/**
 * A legal person or other organisation (法人和非法人组织), individual businesses included.
 *
 * @param creditCode the unified social credit code, or the placeholder for an individual business
 *     without one
 * @param registrationNumber the business registration number (工商注册号), which identifies the subject
 *     when the code is the placeholder
 * @param category the subject category of the record (法人及非法人组织 or 个体工商户)
 */
public record Organisation(
    String creditCode,
    Optional<String> registrationNumber,
    String name,
    String category,
    String divisionCode)
    implements Subject {

  @Override
  public SubjectKind kind() {
    return SubjectKind.ORGANISATION;
  }

  /**
   * The key of the legal-person store: the code, or the registration number behind a placeholder.
   */
  public String key() {
    return isPlaceholder() ? "GSZC:" + registrationNumber.orElseThrow() : creditCode;
  }

  public boolean isPlaceholder() {
    return UnifiedSocialCreditCode.isPlaceholder(creditCode);
  }

  @Override
  public String canonicalIdentity() {
    return "O|" + key() + "|" + name + "|" + category;
  }
}
