package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.code.IdentityNumber;

/** Masking of identity document numbers in stored fields. */
final class Masks {

  private static final int KEPT_BEFORE = 6;
  private static final int KEPT_AFTER = 4;

  private Masks() {}

  /**
   * A document number with all but its first 6 and last 4 characters masked, as the resident
   * identity number is displayed; a short number of another document is masked entirely.
   */
  static String identityNumber(String number) {
    if (number.length() < IdentityNumber.LENGTH) {
      return "*".repeat(number.length());
    }
    return number.substring(0, KEPT_BEFORE)
        + "*".repeat(number.length() - KEPT_BEFORE - KEPT_AFTER)
        + number.substring(number.length() - KEPT_AFTER);
  }
}
