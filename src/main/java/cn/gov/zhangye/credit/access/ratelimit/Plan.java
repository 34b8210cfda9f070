package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A rate-limit plan: the units a caller may use per second (burst), per minute and per day, and the
 * persons it may query per day (unlimited when empty).
 */
public record Plan(
    String name, long burst, long perMinute, long perDay, OptionalLong personQueriesPerDay) {

  /** A plan without a person-query quota. */
  public Plan(String name, long burst, long perMinute, long perDay) {
    this(name, burst, perMinute, perDay, OptionalLong.empty());
  }

  public Plan {
    if (personQueriesPerDay.isPresent() && personQueriesPerDay.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "Rate-limit plan " + name + ": person-queries-per-day must not be negative");
    }
    for (Window window : Window.values()) {
      if (quota(window, burst, perMinute, perDay) < 1) {
        throw new IllegalArgumentException(
            "Rate-limit plan " + name + ": the " + window.policy() + " limit must be at least 1");
      }
    }
  }

  public long quota(Window window) {
    return quota(window, burst, perMinute, perDay);
  }

  /** The most one call may cost: more would never fit in the smallest window. */
  public long largestCost() {
    return Stream.of(Window.values()).mapToLong(this::quota).min().orElseThrow();
  }

  BucketConfiguration bucketConfiguration() {
    var configuration = BucketConfiguration.builder();
    for (Window window : Window.values()) {
      configuration.addLimit(window.bandwidth(quota(window)));
    }
    return configuration.build();
  }

  /**
   * The key of the caller's bucket under this plan. It names the limits, since a stored bucket
   * keeps the configuration it was created with: a caller moved to another plan, or a plan changed,
   * starts a new bucket, and the old one expires.
   */
  String bucketKey(Caller caller) {
    return name + "/" + burst + "/" + perMinute + "/" + perDay + " " + caller.key();
  }

  private static long quota(Window window, long burst, long perMinute, long perDay) {
    return switch (window) {
      case BURST -> burst;
      case MINUTE -> perMinute;
      case DAY -> perDay;
    };
  }
}
