package cn.gov.zhangye.credit.access.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Generates a signing key and writes it as {@code <kid>.pem}, readable by its owner only. The key
 * id is the UTC time of creation ({@code 20260601T083000Z}), so that later keys sort after it.
 */
final class NewKeyFile {

  private static final DateTimeFormatter KEY_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private NewKeyFile() {}

  /** Writes a new key into {@code directory}, creating it; returns the key id. */
  static String write(Path directory, SigningAlgorithm algorithm, Instant now) {
    String kid = KEY_ID.format(now);
    Path file = directory.resolve(kid + ".pem");
    try {
      KeyPair pair = algorithm.generate();
      String pem =
          PemKeyFile.encode(PemKeyFile.PRIVATE, pair.getPrivate().getEncoded())
              + PemKeyFile.encode(PemKeyFile.PUBLIC, pair.getPublic().getEncoded());
      Files.createDirectories(directory, ownerOnly("rwx------"));
      Files.writeString(
          Files.createFile(file, ownerOnly("rw-------")), pem, StandardCharsets.UTF_8);
      return kid;
    } catch (IOException | GeneralSecurityException failure) {
      throw new KeyFileException(
          "Cannot create a signing key in "
              + directory.toAbsolutePath()
              + " ("
              + failure
              + "). Make the directory writable, or put key files there and set"
              + " credit.access.keys.generate=false.",
          failure);
    }
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
