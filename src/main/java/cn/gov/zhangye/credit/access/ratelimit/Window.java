package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.platform.time.ChinaTime;
import io.github.bucket4j.Bandwidth;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The three windows of every plan, in the order of a bucket's bandwidths. The burst refills
 * continuously; the minute and the day refill whole at each clock minute and at each midnight China
 * Standard Time, so that "resets at" means exactly that.
 */
public enum Window {
  BURST("burst", Duration.ofSeconds(1), false),
  MINUTE("minute", Duration.ofMinutes(1), true),
  DAY("day", Duration.ofDays(1), true);

  /** A midnight in China Standard Time (no daylight saving), from which aligned windows count. */
  private static final Instant ALIGNED_FROM = ChinaTime.startOf(LocalDate.of(2024, 1, 1));

  private final String policy;
  private final Duration length;
  private final boolean aligned;

  Window(String policy, Duration length, boolean aligned) {
    this.policy = policy;
    this.length = length;
    this.aligned = aligned;
  }

  /** The name of the window in the rate-limit fields and the quota answer. */
  public String policy() {
    return policy;
  }

  public long seconds() {
    return length.toSeconds();
  }

  Bandwidth bandwidth(long quota) {
    var capacity = Bandwidth.builder().capacity(quota);
    var refill =
        aligned
            ? capacity.refillIntervallyAligned(quota, length, ALIGNED_FROM)
            : capacity.refillGreedy(quota, length);
    return refill.id(policy).build();
  }

  /** When a window of {@code quota} with {@code remaining} units left is whole again. */
  Instant resetsAt(long quota, long remaining, Instant now) {
    if (aligned) {
      long period = length.toMillis();
      long elapsed = Duration.between(ALIGNED_FROM, now).toMillis();
      return ALIGNED_FROM.plusMillis((elapsed / period + 1) * period);
    }
    double missing = Math.max(0, quota - remaining) / (double) quota;
    return now.plusNanos(Math.round(length.toNanos() * missing));
  }
}
