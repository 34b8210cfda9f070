package cn.gov.zhangye.credit.catalog.code;

import java.util.Optional;

/**
 * The fields of an 18-character unified social credit code, whether or not it passes its checks.
 *
 * @param registrationAuthority position 1, the registration authority (登记管理部门码)
 * @param organisationType position 2, the organisation type within that authority (机构类别码)
 * @param divisionCode positions 3–8, the division of the registering authority (GB/T 2260)
 * @param organisationCode positions 9–17, the organisation code (GB 11714) with its own check
 */
public record UsccFields(
    char registrationAuthority,
    char organisationType,
    String divisionCode,
    String organisationCode) {

  /** The fields of {@code raw}; absent unless it has exactly 18 characters. */
  public static Optional<UsccFields> of(String raw) {
    if (raw.length() != UnifiedSocialCreditCode.LENGTH
        || raw.codePointCount(0, raw.length()) != raw.length()) {
      return Optional.empty();
    }
    return Optional.of(
        new UsccFields(raw.charAt(0), raw.charAt(1), raw.substring(2, 8), raw.substring(8, 17)));
  }
}
