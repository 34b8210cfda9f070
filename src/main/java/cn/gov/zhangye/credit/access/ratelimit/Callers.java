package cn.gov.zhangye.credit.access.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells who is calling: an authenticated client by the {@code client_id} claim of its token (the
 * subject otherwise) with the plan its {@code plan} claim names; anyone else by address, on the
 * anonymous plan.
 */
@ApplicationScoped
public class Callers {

  static final String CLIENT_ID_CLAIM = "client_id";
  static final String PLAN_CLAIM = "plan";

  private final Plans plans;
  private final ClientAddresses addresses;

  @Inject
  Callers(Plans plans, ClientAddresses addresses) {
    this.plans = plans;
    this.addresses = addresses;
  }

  public Caller of(SecurityIdentity identity, HttpServerRequest request) {
    if (identity.isAnonymous()) {
      return Caller.anonymous(addresses.of(request), plans.anonymous());
    }
    Principal principal = identity.getPrincipal();
    if (principal instanceof JsonWebToken token) {
      return Caller.client(
          claim(token, CLIENT_ID_CLAIM).orElse(token.getSubject()),
          plans.ofClient(claim(token, PLAN_CLAIM)));
    }
    return Caller.client(principal.getName(), plans.ofClient(Optional.empty()));
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
