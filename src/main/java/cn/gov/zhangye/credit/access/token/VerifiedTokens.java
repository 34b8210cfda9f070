package cn.gov.zhangye.credit.access.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import java.time.Clock;
import java.util.Optional;

/**
 * Our own tokens whose signature and claims were already checked, so that a client calling again
 * with the same token skips the RSA verification, the most costly step of an authenticated call
 * (measured in bench/). Only the exact token string finds its entry; its expiry is checked again on
 * every use, and revocation is left to the caller, which checks it on every call.
 */
final class VerifiedTokens {

  private static final long MAX_TOKENS = 100_000;

  private final Cache<String, JWTCallerPrincipal> verified;
  private final long clockSkewSeconds;
  private final Clock clock;

  VerifiedTokens(TokenSettings settings, Clock clock) {
    this.clock = clock;
    this.clockSkewSeconds = settings.clockSkew().toSeconds();
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfterWrite(settings.lifetime().plus(settings.clockSkew()))
            .build();
  }

  /** The principal of {@code token} if it was verified before and has not expired since. */
  Optional<JWTCallerPrincipal> find(String token) {
    JWTCallerPrincipal principal = verified.getIfPresent(token);
    if (principal == null) {
      return Optional.empty();
    }
    if (clock.instant().getEpochSecond() > principal.getExpirationTime() + clockSkewSeconds) {
      verified.invalidate(token);
      return Optional.empty();
    }
    return Optional.of(principal);
  }

  void remember(String token, JWTCallerPrincipal principal) {
    verified.put(token, principal);
  }
}
