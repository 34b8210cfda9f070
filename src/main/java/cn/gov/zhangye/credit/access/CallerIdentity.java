package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.access.client.ClientKind;
import cn.gov.zhangye.credit.access.token.TokenClaims;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one answer to "who is calling": the registered client named by the {@code client_id} and
 * {@code kind} claims of the verified token. Our own tokens carry it; a token of the external
 * issuer gets it when it is mapped onto our client. The principal's name ({@code upn}, {@code
 * preferred_username}, {@code sub}) is never asked: an external token chooses it freely.
 */
@ApplicationScoped
public class CallerIdentity {

  private final SecurityIdentity identity;

  @Inject
  CallerIdentity(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The client of the current request, which an operation's role check has authenticated. */
  public CallingClient current() {
    return current(identity);
  }

  /** The client {@code identity} stands for, which an operation's role check has authenticated. */
  public static CallingClient current(SecurityIdentity identity) {
    return of(identity).orElseThrow(UnauthorizedException::new);
  }

  /** The client {@code identity} stands for; empty for an anonymous caller. */
  public static Optional<CallingClient> of(SecurityIdentity identity) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Optional.empty();
    }
    Optional<String> id = claim(token, TokenClaims.CLIENT_ID);
    Optional<String> kind = claim(token, TokenClaims.KIND);
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CallingClient(
            id.get(), ClientKind.valueOf(kind.get()), claim(token, TokenClaims.PLAN)));
  }

  /** A string claim, whether the token library hands it over as a string or as JSON. */
  private static Optional<String> claim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value instanceof JsonString json) {
      return Optional.of(json.getString());
    }
    return value instanceof String text ? Optional.of(text) : Optional.empty();
  }
}
