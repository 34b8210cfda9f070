package cn.gov.zhangye.credit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the files of the catalogue by their path relative to the catalogue root: a configured
 * directory, or {@code catalog/} on the class path.
 */
public final class CatalogFiles {

  private static final String CLASSPATH_ROOT = "catalog/";

  private final Optional<Path> directory;

  private CatalogFiles(Optional<Path> directory) {
    this.directory = directory;
  }

  public static CatalogFiles from(CatalogConfig config) {
    return new CatalogFiles(config.directory());
  }

  public static CatalogFiles shipped() {
    return new CatalogFiles(Optional.empty());
  }

  public static CatalogFiles in(Path directory) {
    return new CatalogFiles(Optional.of(directory));
  }

  /**
   * Opens {@code relativePath}; fails with a {@link CatalogException} naming it if it is absent.
   */
  public InputStream open(String relativePath) {
    try {
      if (directory.isPresent()) {
        return Files.newInputStream(directory.get().resolve(relativePath));
      }
      InputStream stream =
          CatalogFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relativePath);
      if (stream == null) {
        throw new NoSuchFileException(CLASSPATH_ROOT + relativePath);
      }
      return stream;
    } catch (NoSuchFileException missing) {
      throw new CatalogException(describe(relativePath) + ": file not found");
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + describe(relativePath), unreadable);
    }
  }

  /** Where {@code relativePath} is read from, for messages. */
  public String describe(String relativePath) {
    return directory
        .map(d -> d.resolve(relativePath).toString())
        .orElse("classpath:" + CLASSPATH_ROOT + relativePath);
  }
}
