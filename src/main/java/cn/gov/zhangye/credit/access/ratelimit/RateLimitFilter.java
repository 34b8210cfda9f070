package cn.gov.zhangye.credit.access.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Charges every limited operation before it runs, refusing it with the {@code rate-limited} problem
 * when the caller's plan does not allow it now, and puts the rate-limit fields on its answer.
 */
public class RateLimitFilter {

  private final LimitedOperations operations;
  private final Callers callers;
  private final RateLimitedCall call;
  private final CurrentIdentityAssociation identities;

  @Inject
  RateLimitFilter(
      LimitedOperations operations,
      Callers callers,
      RateLimitedCall call,
      CurrentIdentityAssociation identities) {
    this.operations = operations;
    this.callers = callers;
    this.call = call;
    this.identities = identities;
  }

  @ServerRequestFilter(nonBlocking = true)
  public Uni<Void> charge(ResourceInfo operation, HttpServerRequest request) {
    OptionalLong cost = operations.cost(operation);
    if (cost.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return identities
        .getDeferredIdentity()
        .invoke(identity -> call.begin(callers.of(identity, request)))
        .chain(() -> call.costs(cost.getAsLong()));
  }

  @ServerResponseFilter
  public void addFields(ContainerResponseContext response) {
    call.verdict()
        .ifPresent(
            verdict -> {
              response
                  .getHeaders()
                  .putSingle(RateLimitFields.POLICY, RateLimitFields.policy(verdict.plan()));
              response
                  .getHeaders()
                  .putSingle(RateLimitFields.LIMIT, RateLimitFields.limit(verdict));
            });
  }
}
