package cn.gov.zhangye.credit.platform.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods each REST path answers to, for the {@code Allow} header of a 405: the REST layer
 * knows them but does not put them on its exception.
 */
@ApplicationScoped
public class AllowedMethods {

  private static final Pattern TEMPLATE_VARIABLE =
      Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

  private final List<Route> routes = scanRoutes();

  /** The methods {@code path} answers to, with HEAD beside GET and OPTIONS always. */
  public Set<String> of(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route route : routes) {
      if (route.pattern().matcher(path).matches()) {
        methods.add(route.method());
      }
    }
    if (methods.contains(HttpMethod.GET)) {
      methods.add(HttpMethod.HEAD);
    }
    methods.add(HttpMethod.OPTIONS);
    return methods;
  }

  private static List<Route> scanRoutes() {
    List<Route> routes = new ArrayList<>();
    Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
        .map(bean -> bean.getBeanClass())
        .filter(type -> type.isAnnotationPresent(Path.class))
        .distinct()
        .forEach(type -> addRoutes(type, routes));
    return routes;
  }

  private static void addRoutes(Class<?> resource, List<Route> routes) {
    String base = resource.getAnnotation(Path.class).value();
    for (Method method : resource.getMethods()) {
      String httpMethod = httpMethodOf(method);
      if (httpMethod != null) {
        Path sub = method.getAnnotation(Path.class);
        routes.add(new Route(httpMethod, pattern(base + "/" + (sub == null ? "" : sub.value()))));
      }
    }
  }

  private static String httpMethodOf(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  static Pattern pattern(String template) {
    String normalised = ("/" + template).replaceAll("/+", "/");
    if (normalised.length() > 1 && normalised.endsWith("/")) {
      normalised = normalised.substring(0, normalised.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    Matcher variable = TEMPLATE_VARIABLE.matcher(normalised);
    int literalStart = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(normalised.substring(literalStart, variable.start())));
      regex.append('(').append(variable.group(1) == null ? "[^/]+" : variable.group(1)).append(')');
      literalStart = variable.end();
    }
    regex.append(Pattern.quote(normalised.substring(literalStart))).append("/?");
    return Pattern.compile(regex.toString());
  }

  private record Route(String method, Pattern pattern) {}
}
