package cn.gov.zhangye.credit.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The rate limiter counts days by the system's clock (Bucket4j's), not by the gateway's Clock bean:
 * a test of a daily quota must not straddle midnight in China, when the day's units come back.
 */
public final class ChinaDays {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private ChinaDays() {}

  /** Returns at once, or when the day ends within {@code needed}, once the next has begun. */
  public static void awaitTimeLeftToday(Duration needed) throws InterruptedException {
    Duration left = Duration.between(Instant.now(), nextMidnight());
    if (left.compareTo(needed) < 0) {
      Thread.sleep(left.plusSeconds(2).toMillis());
    }
  }

  /** The next midnight in China, by the system's clock. */
  public static Instant nextMidnight() {
    return ZonedDateTime.now(CHINA).toLocalDate().plusDays(1).atStartOfDay(CHINA).toInstant();
  }
}
