package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import org.jose4j.jwk.PublicJsonWebKey;

/** Tokens of the external issuer of {@link ExternalIssuerProfile}, signed with its key. */
public final class ExternalTokens {

  private ExternalTokens() {}

  /**
   * The claims of a good external token for our client {@code clientId} (its {@code azp}) with
   * {@code scope}, valid for 5 minutes, whose subject is a service account of the external issuer.
   */
  public static JwtClaimsBuilder claims(String clientId, String scope) {
    return Jwt.issuer(ExternalIssuerProfile.ISSUER)
        .audience(ExternalIssuerProfile.AUDIENCE)
        .subject("5b0c2f1e-service-account")
        .claim("azp", clientId)
        .claim("scope", scope)
        .issuedAt(Instant.now())
        .expiresIn(300);
  }

  /** {@code claims} signed by {@code key} with the header {@code typ}. */
  public static String sign(JwtClaimsBuilder claims, PublicJsonWebKey key, String typ) {
    return claims.jws().keyId(key.getKeyId()).header("typ", typ).sign(key.getPrivateKey());
  }

  /** A good external token for our client {@code clientId} with {@code scope}. */
  public static String of(String clientId, String scope) {
    return sign(claims(clientId, scope), ExternalIssuerProfile.signingKey(), "JWT");
  }

  /**
   * A good external token for our client {@code clientId} whose {@code upn} and {@code
   * preferred_username} name another client, {@code claimedName}.
   */
  public static String naming(String clientId, String claimedName, String scope) {
    return sign(
        claims(clientId, scope).upn(claimedName).preferredUserName(claimedName),
        ExternalIssuerProfile.signingKey(),
        "JWT");
  }
}
