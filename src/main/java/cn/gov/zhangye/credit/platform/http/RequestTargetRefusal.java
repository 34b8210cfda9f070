package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a request for its target alone, before any of its body is read and before any limit, rule
 * or audit decision: right after the request has its id, ahead of {@link BodySizeLimit}.
 *
 * <ul>
 *   <li>A raw path that is not canonical ({@link RequestPaths#isCanonical}): {@code
 *       non-canonical-path}.
 *   <li>A resident identity number in the path or the query, as given or percent-decoded: {@code
 *       identity-number-in-url}, which names the POST form that takes the number in its body. URLs
 *       end up in logs, metrics, proxies and browser histories.
 * </ul>
 *
 * Neither answer echoes the target, and both are counted in the metrics under one route ({@link
 * ClosingRefusal}), not under the path.
 */
@ApplicationScoped
public class RequestTargetRefusal {

  /** A resident identity number in a request's path or query. */
  public static final ProblemType IDENTITY_NUMBER_IN_URL =
      new ProblemType("identity-number-in-url", 400);

  private static final int AFTER_REQUEST_ID_BEFORE_BODY_LIMITS = 9_500;

  private final ClosingRefusal refusal;

  @Inject
  RequestTargetRefusal(ClosingRefusal refusal) {
    this.refusal = refusal;
  }

  void register(@Observes Filters filters) {
    filters.register(
        context ->
            refused(context.request())
                .ifPresentOrElse(problem -> refusal.refuse(context, problem), context::next),
        AFTER_REQUEST_ID_BEFORE_BODY_LIMITS);
  }

  private static Optional<ProblemException> refused(HttpServerRequest request) {
    String path = request.path();
    if (path != null && !RequestPaths.isCanonical(path)) {
      return Optional.of(
          new ProblemException(
              ProblemType.NON_CANONICAL_PATH, new Text("problem.non-canonical-path.detail")));
    }
    if (holdsIdentityNumber(path) || holdsIdentityNumber(request.query())) {
      return Optional.of(
          new ProblemException(
              IDENTITY_NUMBER_IN_URL, new Text("problem.identity-number-in-url.detail")));
    }
    return Optional.empty();
  }

  /** Whether {@code raw}, as given or percent-decoded, holds an identity number. */
  private static boolean holdsIdentityNumber(String raw) {
    if (raw == null) {
      return false;
    }
    if (IdentityNumberMask.holdsAny(raw)) {
      return true;
    }
    if (raw.indexOf('%') < 0) {
      return false;
    }
    try {
      return IdentityNumberMask.holdsAny(URLDecoder.decode(raw, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
