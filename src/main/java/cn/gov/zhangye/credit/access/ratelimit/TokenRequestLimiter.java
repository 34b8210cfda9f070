package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The limit on tokens issued to one client ({@code credit.rate-limit.token-requests}): a client
 * with the right secret still gets only so many tokens per period, so that a leaked secret or a
 * client that fetches a token per call cannot keep the signing key and the registry busy.
 */
@Startup
@ApplicationScoped
public class TokenRequestLimiter {

  private final Buckets buckets;
  private final BucketConfiguration perClient;

  @Inject
  TokenRequestLimiter(Buckets buckets, RateLimitConfig config) {
    this.buckets = buckets;
    RateLimitConfig.TokenRequests limits = config.tokenRequests();
    this.perClient =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(limits.perClient())
                    .refillGreedy(limits.perClient(), limits.period())
                    .build())
            .build();
  }

  /** Takes a unit of the budget of {@code clientId}, an authenticated client, if one is left. */
  public Uni<TokenAttempt> take(String clientId) {
    return Bucketed.take(buckets, "token-requests " + clientId, perClient);
  }
}
