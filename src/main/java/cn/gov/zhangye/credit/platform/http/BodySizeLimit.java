package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose {@code Content-Length} is over the limit of its path with a problem that
 * states the limit, before reading any of it: {@code credit.http.max-body-size}, or on the
 * large-body paths {@code quarkus.http.limits.max-body-size}. A chunked body, whose size shows only
 * as it is read, is taken only on the large-body paths (411 elsewhere); one that outgrows the limit
 * there is cut by the REST layer with a bare 413 and the connection closed. Paths are judged
 * normalised, as routing sees them, after {@link RequestTargetRefusal} has refused every other
 * spelling.
 */
@ApplicationScoped
public class BodySizeLimit {

  private static final int AFTER_REQUEST_ID = 9_000;

  private final long largeBodyLimit;
  private final long limit;
  private final List<String> largeBodyPaths;
  private final ClosingRefusal refusal;

  @Inject
  BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize largeBodyLimit,
      BodyLimitsConfig config,
      ClosingRefusal refusal) {
    this.largeBodyLimit = largeBodyLimit.asLongValue();
    this.limit = Math.min(config.maxBodySize().asLongValue(), this.largeBodyLimit);
    this.largeBodyPaths = config.largeBodyPaths().orElse(List.of());
    this.refusal = refusal;
  }

  void checkDeclaredLength(@Observes Filters filters) {
    filters.register(
        context -> {
          boolean large = isLargeBodyPath(context.normalizedPath());
          long pathLimit = large ? largeBodyLimit : limit;
          if (declaredLength(context) > pathLimit) {
            refuse(
                context,
                ProblemType.PAYLOAD_TOO_LARGE,
                "problem.payload-too-large.limit",
                pathLimit);
          } else if (!large && chunked(context)) {
            refuse(
                context, ProblemType.LENGTH_REQUIRED, "problem.length-required.detail", pathLimit);
          } else {
            context.next();
          }
        },
        AFTER_REQUEST_ID);
  }

  /** Whether {@code path} is one of the large-body paths or lies under one, segment by segment. */
  private boolean isLargeBodyPath(String path) {
    return largeBodyPaths.stream()
        .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  private void refuse(RoutingContext context, ProblemType type, String detailKey, long pathLimit) {
    refusal.refuse(
        context, new ProblemException(type, new Text(detailKey, String.valueOf(pathLimit))));
  }

  private static boolean chunked(RoutingContext context) {
    String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
    return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
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
