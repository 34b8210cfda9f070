package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.mutiny.Uni;

/** Taking a unit from a bucket and giving it back, for the limits of the token endpoint. */
final class Bucketed {

  private Bucketed() {}

  /** Takes one unit of the bucket {@code key} if it has one; whether it did, and else how long. */
  static Uni<TokenAttempt> take(Buckets buckets, String key, BucketConfiguration configuration) {
    return buckets
        .apply(key, () -> configuration, bucket -> bucket.tryConsumeAndReturnRemaining(1))
        .map(Bucketed::attempt);
  }

  private static TokenAttempt attempt(ConsumptionProbe probe) {
    return probe.isConsumed()
        ? new TokenAttempt(true, 0)
        : new TokenAttempt(false, Math.max(1, Seconds.ceil(probe.getNanosToWaitForRefill())));
  }

  /** Gives one unit back to the bucket {@code key}, never beyond its capacity. */
  static Uni<Void> give(Buckets buckets, String key, BucketConfiguration configuration) {
    return buckets.apply(key, () -> configuration, bucket -> bucket.addTokens(1));
  }
}
