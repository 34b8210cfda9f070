package cn.gov.zhangye.credit.platform;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A secret given by the setting {@code X} or read from the file that the setting {@code X-file}
 * names (a mounted Kubernetes Secret), never both; surrounding white space of a file is dropped.
 */
public final class ConfiguredSecret {

  private ConfiguredSecret() {}

  /**
   * The secret, or empty when neither setting is given.
   *
   * @throws ConfigurationException when both are given or the file cannot be read
   */
  public static Optional<String> read(String setting, Optional<String> value, Optional<Path> file) {
    if (value.isPresent() && file.isPresent()) {
      throw new ConfigurationException(
          "Set either " + setting + " or " + setting + "-file, not both");
    }
    return value.or(() -> file.map(path -> readFile(setting + "-file", path)));
  }

  private static String readFile(String setting, Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException failure) {
      throw new ConfigurationException(
          setting + ": cannot read " + file + " (" + failure + ")", failure);
    }
  }
}
