package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The brute-force limit of the token endpoint: a budget of failed token requests per address and
 * client id, and per address whatever the client id, refilled over {@code
 * credit.rate-limit.failed-token-requests.period}. Every try takes a unit of both budgets before
 * the secret is checked ({@link #reserve}) and a right secret gives them back ({@link #refund}), so
 * that a parallel burst of guesses gets no more secret checks than the budget holds.
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
   * Takes a unit from both budgets of a token request from {@code address} for {@code clientId}, or
   * none when either is used up: then the request must not be tried. The address is looked at
   * first, so that a caller spraying client ids adds no buckets once its address is used up.
   */
  public Uni<TokenAttempt> reserve(ClientAddress address, String clientId) {
    return Bucketed.take(buckets, addressKey(address), perAddress)
        .chain(
            byAddress ->
                !byAddress.allowed()
                    ? Uni.createFrom().item(byAddress)
                    : Bucketed.take(buckets, clientKey(address, clientId), perClient)
                        .call(
                            byClient ->
                                byClient.allowed()
                                    ? Uni.createFrom().voidItem()
                                    : Bucketed.give(buckets, addressKey(address), perAddress)));
  }

  /** Gives back the units {@link #reserve} took, for a request whose secret was right. */
  public Uni<Void> refund(ClientAddress address, String clientId) {
    return Bucketed.give(buckets, addressKey(address), perAddress)
        .chain(() -> Bucketed.give(buckets, clientKey(address, clientId), perClient));
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
