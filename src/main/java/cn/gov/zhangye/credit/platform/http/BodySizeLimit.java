package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.VertxProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * with a problem that states the limit, before reading any of it. A streamed (chunked) body that
 * outgrows the limit is cut by the REST layer with a bare 413 and the connection closed, since it
 * answers while the caller is still sending.
 */
@ApplicationScoped
public class BodySizeLimit {

  private static final int AFTER_REQUEST_ID = 9_000;

  private final long limit;
  private final VertxProblemWriter problems;

  @Inject
  BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      VertxProblemWriter problems) {
    this.limit = limit.asLongValue();
    this.problems = problems;
  }

  void checkDeclaredLength(@Observes Filters filters) {
    filters.register(
        context -> {
          if (declaredLength(context) > limit) {
            refuse(context);
          } else {
            context.next();
          }
        },
        AFTER_REQUEST_ID);
  }

  /** Answers 413 and closes the connection, so the rest of the body is never read. */
  private void refuse(RoutingContext context) {
    context.response().endHandler(ended -> context.request().connection().close());
    problems.write(
        context,
        new ProblemException(
            ProblemType.PAYLOAD_TOO_LARGE,
            new Text("problem.payload-too-large.limit", String.valueOf(limit)),
            List.of(),
            Map.of(HttpHeaders.CONNECTION.toString(), "close")));
  }

  private static long declaredLength(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException malformed) {
      return -1;
    }
  }
}
