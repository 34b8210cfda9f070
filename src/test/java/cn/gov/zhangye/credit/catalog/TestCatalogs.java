package cn.gov.zhangye.credit.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The test catalogues under {@code src/test/resources/catalogs/}: {@code valid/} is a small
 * catalogue that loads; each {@code broken/<case>/} holds only the files that differ from it.
 */
final class TestCatalogs {

  private TestCatalogs() {}

  static Path valid() {
    return resource("catalogs/valid");
  }

  /** Lays the valid catalogue and then the files of {@code brokenCase} into {@code directory}. */
  static Path broken(String brokenCase, Path directory) {
    copy(valid(), directory);
    copy(resource("catalogs/broken/" + brokenCase), directory);
    return directory;
  }

  private static Path resource(String name) {
    try {
      return Path.of(TestCatalogs.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
