package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a request whose raw path is not canonical ({@link RequestPaths#isCanonical}) with the
 * {@code non-canonical-path} problem before any of its body is read and before any limit, rule or
 * audit decision: right after the request has its id, ahead of {@link BodySizeLimit}.
 */
@ApplicationScoped
public class NonCanonicalPathRefusal {

  private static final int AFTER_REQUEST_ID_BEFORE_BODY_LIMITS = 9_500;

  private final ClosingRefusal refusal;

  @Inject
  NonCanonicalPathRefusal(ClosingRefusal refusal) {
    this.refusal = refusal;
  }

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          String raw = context.request().path();
          if (raw != null && !RequestPaths.isCanonical(raw)) {
            refusal.refuse(
                context,
                new ProblemException(
                    ProblemType.NON_CANONICAL_PATH, new Text("problem.non-canonical-path.detail")));
          } else {
            context.next();
          }
        },
        AFTER_REQUEST_ID_BEFORE_BODY_LIMITS);
  }
}
