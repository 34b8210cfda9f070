package cn.gov.zhangye.credit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configured catalogue directory for tests: the shipped files, some of them replaced. */
public final class CatalogDirectory {

  private final Path root;

  private CatalogDirectory(Path root) {
    this.root = root;
  }

  /** A copy of the shipped {@code files} in {@code root}. */
  public static CatalogDirectory copyOf(Path root, String... files) {
    CatalogDirectory directory = new CatalogDirectory(root);
    for (String file : files) {
      try (InputStream shipped = CatalogFiles.shipped().open(file)) {
        directory.write(file, new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return directory;
  }

  public CatalogDirectory write(String file, String content) {
    try {
      Path target = root.resolve(file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, content);
      return this;
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  public CatalogFiles files() {
    return CatalogFiles.in(root);
  }

  /** How {@link CatalogFiles} names {@code file} of this directory in messages. */
  public String describe(String file) {
    return files().describe(file);
  }
}
