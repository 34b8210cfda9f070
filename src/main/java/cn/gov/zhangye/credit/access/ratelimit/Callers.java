package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.CallingClient;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells who is calling: an authenticated client by its {@link CallerIdentity} with the plan its
 * token names; anyone else by address, on the anonymous plan.
 */
@ApplicationScoped
public class Callers {

  private final Plans plans;
  private final ClientAddresses addresses;

  @Inject
  Callers(Plans plans, ClientAddresses addresses) {
    this.plans = plans;
    this.addresses = addresses;
  }

  public Caller of(SecurityIdentity identity, HttpServerRequest request) {
    Optional<CallingClient> client = CallerIdentity.of(identity);
    if (client.isEmpty()) {
      return Caller.anonymous(addresses.of(request), plans.anonymous());
    }
    return Caller.client(client.get().id(), plans.ofClient(client.get().plan()));
  }
}
