package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.http.RequestPaths;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Names an operation by its method and path template ({@code GET /api/v1/quota}), so that audit
 * entries group by operation and never carry identifiers from the path; a call that matched no
 * operation is named by its normalised path, identity numbers masked.
 */
@ApplicationScoped
class OperationNames {

  private final Map<Method, String> templates = new ConcurrentHashMap<>();

  String of(HttpServerRequest request, SimpleResourceInfo resource) {
    Method method = methodOf(resource);
    String path =
        method == null
            ? IdentityNumberMask.mask(RequestPaths.normalised(request))
            : templates.computeIfAbsent(method, this::template);
    return request.method().name() + " " + path;
  }

  Audited annotation(SimpleResourceInfo resource) {
    Method method = methodOf(resource);
    return method == null ? null : method.getAnnotation(Audited.class);
  }

  private String template(Method method) {
    Path base = method.getDeclaringClass().getAnnotation(Path.class);
    Path sub = method.getAnnotation(Path.class);
    String joined = (base == null ? "" : base.value()) + "/" + (sub == null ? "" : sub.value());
    String normalised = joined.replaceAll("/+", "/");
    return normalised.length() > 1 && normalised.endsWith("/")
        ? normalised.substring(0, normalised.length() - 1)
        : normalised;
  }

  private static Method methodOf(SimpleResourceInfo resource) {
    if (resource == null || resource.getResourceClass() == null) {
      return null;
    }
    try {
      return resource
          .getResourceClass()
          .getMethod(resource.getMethodName(), resource.parameterTypes());
    } catch (NoSuchMethodException notPublic) {
      return null;
    }
  }
}
