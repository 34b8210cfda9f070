package cn.gov.zhangye.credit.catalog.region;

/** Administrative division codes (GB/T 2260) and what lies within them. */
public final class DivisionCodes {

  private DivisionCodes() {}

  /**
   * The leading digits every division within {@code divisionCode} shares: the code without the
   * trailing zero pairs of the levels below it (620700 → 6207, 620000 → 62, 620725 → 620725).
   */
  public static String prefixWithin(String divisionCode) {
    String prefix = divisionCode;
    while (prefix.length() > 2 && prefix.endsWith("00")) {
      prefix = prefix.substring(0, prefix.length() - 2);
    }
    return prefix;
  }
}
