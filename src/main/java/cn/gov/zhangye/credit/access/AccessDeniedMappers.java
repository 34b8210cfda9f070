package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers the security refusals of the REST layer with problems in place of Quarkus's bare answers:
 * 401 without a good token, 403 naming the scopes the operation accepts.
 */
public class AccessDeniedMappers {

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException unused, HttpServerRequest request) {
    return ProblemResponses.toResponse(AccessProblems.unauthorized(request), request);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException unused, HttpServerRequest request) {
    return ProblemResponses.toResponse(AccessProblems.unauthorized(request), request);
  }

  @ServerExceptionMapper
  public Response forbidden(
      ForbiddenException unused, HttpServerRequest request, ResourceInfo resource) {
    return ProblemResponses.toResponse(
        AccessProblems.insufficientScope(acceptedScopes(resource)), request);
  }

  /** The scopes of the operation's {@code @RolesAllowed}, on the method or else its class. */
  private static List<String> acceptedScopes(ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return List.of();
    }
    RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? List.of() : List.of(roles.value());
  }
}
