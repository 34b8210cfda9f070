package cn.gov.zhangye.credit.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md names every setting of every {@code @ConfigMapping} of the gateway. A
 * setting of a map is named with the placeholder key, e.g. {@code
 * credit.rate-limit.plans."<name>".burst}.
 */
class ConfigurationDocsTest {

  private static final String MAP_KEY = "\"<name>\"";

  @Test
  void everySettingIsDocumented() throws IOException {
    String page = GatewayClasses.page("configuration.md");
    List<String> settings =
        GatewayClasses.all()
            .filter(type -> type.isAnnotatedWith(ConfigMapping.class))
            .map(type -> type.reflect())
            .flatMap(
                mapping -> settings(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping))
            .toList();
    assertFalse(settings.isEmpty(), "no @ConfigMapping found: the scan is broken");
    TreeSet<String> missing = new TreeSet<>();
    settings.stream().filter(name -> !page.contains("`" + name + "`")).forEach(missing::add);
    assertTrue(missing.isEmpty(), "docs/configuration.md does not document " + missing);
  }

  private static Stream<String> settings(String prefix, Class<?> mapping) {
    return Stream.of(mapping.getMethods())
        .filter(method -> method.getParameterCount() == 0 && !method.isDefault())
        .flatMap(
            method -> {
              String name = prefix + "." + name(method);
              if (method.getReturnType() == Map.class) {
                return setting(name + "." + MAP_KEY, mapValueType(method));
              }
              return setting(name, method.getGenericReturnType());
            });
  }

  /** The setting {@code name} of {@code type}, or the settings of the group it is. */
  private static Stream<String> setting(String name, Type type) {
    boolean group =
        type instanceof Class<?> mapped
            && mapped.isInterface()
            && !mapped.getName().startsWith("java.")
            && mapped != Optional.class;
    return group ? settings(name, (Class<?>) type) : Stream.of(name);
  }

  private static Type mapValueType(Method method) {
    return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[1];
  }

  private static String name(Method method) {
    WithName explicit = method.getAnnotation(WithName.class);
    return explicit != null
        ? explicit.value()
        : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
