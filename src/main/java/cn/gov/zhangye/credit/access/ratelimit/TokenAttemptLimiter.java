package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The brute-force limit of the token endpoint: it counts failed token requests per address and
 * client id, and per address whatever the client id, and refuses further tries once either count is
 * used up, until it refills over {@code credit.rate-limit.failed-token-requests.period}. Successful
 * requests cost nothing. The endpoint asks {@link #allow} before checking the credentials and calls
 * {@link #recordFailure} when they are wrong.
 */
@Startup
@ApplicationScoped
public class TokenAttemptLimiter {

  /** Client ids are what the caller sent: only this much of one names a bucket. */
  private static final int CLIENT_ID_KEY_LENGTH = 128;

  private final Buckets buckets;
  private final BucketConfiguration perClient;
  private final BucketConfiguration perAddress;

  @Inject
  TokenAttemptLimiter(Buckets buckets, RateLimitConfig config) {
    this.buckets = buckets;
    RateLimitConfig.FailedTokenRequests limits = config.failedTokenRequests();
    this.perClient = tolerating(limits.perClient(), limits);
    this.perAddress = tolerating(limits.perAddress(), limits);
  }

  /**
   * Whether a token request from {@code address} for {@code clientId} may be tried now. The address
   * is looked at first, so that a caller spraying client ids adds no buckets once its address is
   * used up.
   */
  public Uni<TokenAttempt> allow(ClientAddress address, String clientId) {
    return estimate(addressKey(address), perAddress)
        .chain(
            byAddress ->
                byAddress.allowed()
                    ? estimate(clientKey(address, clientId), perClient)
                    : Uni.createFrom().item(byAddress));
  }

  /** Counts a token request from {@code address} for {@code clientId} that failed. */
  public Uni<Void> recordFailure(ClientAddress address, String clientId) {
    return buckets
        .apply(addressKey(address), () -> perAddress, bucket -> bucket.tryConsume(1))
        .chain(
            ignored ->
                buckets.apply(
                    clientKey(address, clientId), () -> perClient, bucket -> bucket.tryConsume(1)))
        .replaceWithVoid();
  }

  private Uni<TokenAttempt> estimate(String key, BucketConfiguration configuration) {
    return buckets
        .apply(key, () -> configuration, bucket -> bucket.estimateAbilityToConsume(1))
        .map(TokenAttemptLimiter::attempt);
  }

  private static TokenAttempt attempt(EstimationProbe probe) {
    return probe.canBeConsumed()
        ? new TokenAttempt(true, 0)
        : new TokenAttempt(false, Math.max(1, Seconds.ceil(probe.getNanosToWaitForRefill())));
  }

  private static BucketConfiguration tolerating(
      long failures, RateLimitConfig.FailedTokenRequests limits) {
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder().capacity(failures).refillGreedy(failures, limits.period()).build())
        .build();
  }

  private static String addressKey(ClientAddress address) {
    return "failed-token-requests " + address.key();
  }

  private static String clientKey(ClientAddress address, String clientId) {
    String id = clientId == null ? "" : clientId;
    return addressKey(address) + " " + id.substring(0, Math.min(id.length(), CLIENT_ID_KEY_LENGTH));
  }
}
