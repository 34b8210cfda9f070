package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.Client;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs access tokens: JWTs in the RFC 9068 profile, with the newest key of the key set. */
@ApplicationScoped
class TokenIssuer {

  /** The {@code typ} header of an access token (RFC 9068 §2.1). */
  static final String TYPE = "at+jwt";

  private final KeySet keys;
  private final TokenSettings settings;
  private final Revocations revocations;
  private final Clock clock;

  TokenIssuer(KeySet keys, TokenSettings settings, Revocations revocations, Clock clock) {
    this.keys = keys;
    this.settings = settings;
    this.revocations = revocations;
    this.clock = clock;
  }

  /** A token for {@code client} carrying {@code scopes}. */
  String issue(Client client, List<String> scopes) {
    Instant now = revocations.issuedAt(client.id(), clock.instant());
    JwtClaimsBuilder claims =
        Jwt.issuer(settings.issuer())
            .subject(client.id())
            .audience(settings.audience())
            .issuedAt(now)
            .expiresAt(now.plus(settings.lifetime()))
            .claim(TokenClaims.JWT_ID, UUID.randomUUID().toString())
            .claim(TokenClaims.CLIENT_ID, client.id())
            .claim(TokenClaims.SCOPE, String.join(" ", scopes))
            .claim(TokenClaims.KIND, client.kind().name())
            .claim(TokenClaims.PLAN, client.plan());
    client.divisionCode().ifPresent(code -> claims.claim(TokenClaims.REGION, code));
    SigningKey key = keys.signing();
    return claims
        .jws()
        .keyId(key.id())
        .algorithm(key.algorithm().jwt())
        .type(TYPE)
        .sign(key.privateKey().orElseThrow());
  }
}
