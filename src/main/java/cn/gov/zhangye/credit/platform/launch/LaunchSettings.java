package cn.gov.zhangye.credit.platform.launch;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabaseConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The few settings needed before Quarkus starts, read from the same sources Quarkus reads them
 * from: system properties, environment, {@code config/application.properties} and the packaged
 * {@code application.properties}, for the active profile.
 */
final class LaunchSettings {

  static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

  private final SmallRyeConfig config;

  private LaunchSettings(SmallRyeConfig config) {
    this.config = config;
  }

  static LaunchSettings read() {
    ClassLoader classLoader = LaunchSettings.class.getClassLoader();
    String profile =
        Optional.ofNullable(System.getProperty("quarkus.profile"))
            .or(() -> Optional.ofNullable(System.getenv("QUARKUS_PROFILE")))
            .orElse("prod");
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .withSources(
                PropertiesConfigSourceLoader.inClassPath(
                    "application.properties", 250, classLoader))
            .withSources(workingDirectoryProperties(classLoader))
            .withConverter(Duration.class, 100, new DurationConverter())
            .withProfile(profile)
            .withMapping(EmbeddedDatabaseConfig.class)
            .build();
    return new LaunchSettings(config);
  }

  private static List<ConfigSource> workingDirectoryProperties(ClassLoader classLoader) {
    Path file = Path.of("config", "application.properties");
    return Files.isRegularFile(file)
        ? PropertiesConfigSourceLoader.inFileSystem(file.toUri().toString(), 260, classLoader)
        : List.of();
  }

  boolean databaseConfigured() {
    return configured(REACTIVE_URL);
  }

  /** Whether some source gives the setting {@code name} a value. */
  boolean configured(String name) {
    return config.getOptionalValue(name, String.class).isPresent();
  }

  EmbeddedDatabaseConfig embeddedDatabase() {
    return config.getConfigMapping(EmbeddedDatabaseConfig.class);
  }
}
