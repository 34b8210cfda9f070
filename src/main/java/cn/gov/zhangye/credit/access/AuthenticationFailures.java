package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.platform.problem.VertxProblemWriter;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Answers security refusals raised below the REST layer with the same problems as {@link
 * AccessDeniedMappers}. Tokens are checked lazily inside the REST layer ({@code
 * quarkus.http.auth.proactive=false}), so this only meets refusals of HTTP permission policies or
 * of proactive authentication, should either be configured.
 */
@ApplicationScoped
public class AuthenticationFailures {

  private final VertxProblemWriter problems;

  AuthenticationFailures(VertxProblemWriter problems) {
    this.problems = problems;
  }

  void register(@Observes Router router) {
    router.route().failureHandler(this::answer);
  }

  private void answer(RoutingContext context) {
    Throwable failure = context.failure();
    if (failure instanceof AuthenticationFailedException
        || failure instanceof UnauthorizedException) {
      problems.write(context, AccessProblems.unauthorized(context.request()));
    } else if (failure instanceof ForbiddenException) {
      problems.write(context, AccessProblems.insufficientScope(List.of()));
    } else {
      context.next();
    }
  }
}
