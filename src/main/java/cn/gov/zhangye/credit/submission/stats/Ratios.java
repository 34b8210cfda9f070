package cn.gov.zhangye.credit.submission.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding of the figures the statistics show. */
final class Ratios {

  private static final int SHARE_DECIMALS = 4;

  private Ratios() {}

  /** {@code part / whole} to four decimals; null when {@code whole} is 0. */
  static Double share(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole, SHARE_DECIMALS);
  }

  static Double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
