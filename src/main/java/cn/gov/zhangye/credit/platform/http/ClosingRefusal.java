package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.VertxProblemWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers a request with a problem before its body is read, and closes the connection after the
 * answer, so that the rest of the body is never read. The HTTP metrics name such a request {@value
 * #METRICS_ROUTE}: without a matched route they would take its raw path, which the caller chooses
 * (one time series per spelling) and which may hold an identity number.
 */
@ApplicationScoped
class ClosingRefusal {

  static final String METRICS_ROUTE = "/REFUSED_BEFORE_ROUTING";

  /** The context key from which the Quarkus HTTP metrics take a request's route template. */
  private static final String METRICS_ROUTE_KEY = "UrlPathTemplate";

  private final VertxProblemWriter problems;

  @Inject
  ClosingRefusal(VertxProblemWriter problems) {
    this.problems = problems;
  }

  void refuse(RoutingContext context, ProblemException problem) {
    ((HttpServerRequestInternal) context.request())
        .context()
        .putLocal(METRICS_ROUTE_KEY, METRICS_ROUTE);
    context.response().endHandler(ended -> context.request().connection().close());
    Map<String, String> headers = new HashMap<>(problem.headers());
    headers.put(HttpHeaders.CONNECTION.toString(), "close");
    problems.write(
        context,
        new ProblemException(problem.type(), problem.detail(), problem.violations(), headers));
  }
}
