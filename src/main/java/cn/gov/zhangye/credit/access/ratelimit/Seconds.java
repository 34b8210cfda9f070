package cn.gov.zhangye.credit.access.ratelimit;

import java.time.Duration;

/** Whole seconds, rounded up, as the rate-limit fields and {@code Retry-After} count them. */
final class Seconds {

  private Seconds() {}

  static long ceil(long nanos) {
    return ceil(Duration.ofNanos(nanos));
  }

  static long ceil(Duration duration) {
    return duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
  }
}
