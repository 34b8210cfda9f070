package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;

/**
 * A token of the external issuer mapped onto our client: its name is our client's id, never the
 * {@code upn} or {@code preferred_username} the external issuer wrote, so that nothing that still
 * asks a principal for its name can be made to act as another client.
 */
final class ExternalClientPrincipal extends DefaultJWTCallerPrincipal {

  private final String clientId;

  ExternalClientPrincipal(String rawToken, JwtClaims claims, String clientId) {
    super(rawToken, "JWT", claims);
    this.clientId = clientId;
  }

  @Override
  public String getName() {
    return clientId;
  }
}
