package cn.gov.zhangye.credit.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files of secrets that only the gateway's own user may read or write (mode 600). */
public final class OwnerOnlyFiles {

  private OwnerOnlyFiles() {}

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
            directory,
            file.getFileName().toString(),
            ".new",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(draft, content, StandardCharsets.UTF_8);
      Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(draft);
    }
  }
}
