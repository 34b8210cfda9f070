package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;

/**
 * A checked token of the external issuer, not yet mapped onto a registered client: it has no roles,
 * and {@link ExternalClients} replaces it before any operation sees it.
 */
final class ExternalTokenPrincipal extends DefaultJWTCallerPrincipal {

  private final String rawToken;
  private final JwtClaims claims;
  private final String clientId;

  ExternalTokenPrincipal(String rawToken, JwtClaims claims, String clientId) {
    super(rawToken, "JWT", claims);
    this.rawToken = rawToken;
    this.claims = claims;
    this.clientId = clientId;
  }

  /** The id of the registered client the token names. */
  String clientId() {
    return clientId;
  }

  String rawToken() {
    return rawToken;
  }

  /** A copy of the token's claims. */
  JwtClaims claims() throws org.jose4j.jwt.consumer.InvalidJwtException {
    return JwtClaims.parse(claims.toJson());
  }
}
