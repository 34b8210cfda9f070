package cn.gov.zhangye.credit.access.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which REST operations plans limit, and at what cost: every operation whose path template lies
 * under {@code /api/v1}, by its {@link RateLimited} cost or one unit. Judged by the template, not
 * the request path, so that no spelling of a path escapes it.
 */
@ApplicationScoped
class LimitedOperations {

  private static final String LIMITED = "/api/v1";

  private final Map<Method, OptionalLong> costs = new ConcurrentHashMap<>();

  /** The cost of the operation, or empty when plans do not limit it. */
  OptionalLong cost(ResourceInfo operation) {
    return costs.computeIfAbsent(
        operation.getResourceMethod(), method -> costOf(operation.getResourceClass(), method));
  }

  static OptionalLong costOf(Class<?> resource, Method method) {
    if (!limited(template(resource, method))) {
      return OptionalLong.empty();
    }
    RateLimited declared = method.getAnnotation(RateLimited.class);
    for (Class<?> type = resource; declared == null && type != null; type = type.getSuperclass()) {
      declared = type.getAnnotation(RateLimited.class);
    }
    return OptionalLong.of(declared == null ? 1 : declared.cost());
  }

  private static String template(Class<?> resource, Method method) {
    Path base = null;
    for (Class<?> type = resource; base == null && type != null; type = type.getSuperclass()) {
      base = type.getAnnotation(Path.class);
    }
    Path sub = method.getAnnotation(Path.class);
    return ("/" + (base == null ? "" : base.value()) + "/" + (sub == null ? "" : sub.value()))
        .replaceAll("/+", "/");
  }

  private static boolean limited(String template) {
    return template.equals(LIMITED)
        || template.startsWith(LIMITED + "/")
        || template.equals(LIMITED + "/");
  }
}
