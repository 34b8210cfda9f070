package cn.gov.zhangye.credit.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/configuration.md names every setting of every {@code @ConfigMapping} of the gateway. */
class ConfigurationDocsTest {

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
              Class<?> type = method.getReturnType();
              boolean group =
                  type.isInterface()
                      && !type.getName().startsWith("java.")
                      && type != Optional.class;
              return group ? settings(name, type) : Stream.of(name);
            });
  }

  private static String name(Method method) {
    WithName explicit = method.getAnnotation(WithName.class);
    return explicit != null
        ? explicit.value()
        : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
