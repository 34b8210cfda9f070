package cn.gov.zhangye.credit.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of secrets and of received data that only the gateway's own user may read or write (mode
 * 600, their directories 700).
 */
public final class OwnerOnlyFiles {

  /** How the name of every file {@link #newFile} makes ends. */
  public static final String NEW_FILE_SUFFIX = ".part";

  private OwnerOnlyFiles() {}

  /**
   * A new empty owner-only file with a unique name in {@code directory}, which is created
   * owner-only when it does not exist.
   */
  public static Path newFile(Path directory, String prefix) throws IOException {
    Path absolute = directory.toAbsolutePath();
    if (!Files.isDirectory(absolute)) {
      Files.createDirectories(absolute, permissions("rwx------"));
    }
    return Files.createTempFile(absolute, prefix, NEW_FILE_SUFFIX, permissions("rw-------"));
  }

  private static FileAttribute<Set<PosixFilePermission>> permissions(String mode) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
  }

  /**
   * Writes {@code content} to {@code file}: into a new owner-only file beside it, then moved in
   * place, so that the secret is never readable by others, not even for a moment, and a reader
   * never sees half of it.
   */
  public static void write(Path file, String content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path draft =
        Files.createTempFile(
            directory, file.getFileName().toString(), ".new", permissions("rw-------"));
    try {
      Files.writeString(draft, content, StandardCharsets.UTF_8);
      Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(draft);
    }
  }
}
