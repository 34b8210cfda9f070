package cn.gov.zhangye.credit.platform.database;

import cn.gov.zhangye.credit.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's roles, generated at its first start and kept in a file
 * beside its data directory that only the gateway's user may read (mode 600); a restart reads them
 * again.
 */
final class DatabasePasswords {

  private static final int RANDOM_BYTES = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Properties passwords;

  private DatabasePasswords(Path file, Properties passwords) {
    this.file = file;
    this.passwords = passwords;
  }

  /** The file beside {@code dataDirectory}: {@code <dir>-passwords.properties}. */
  static Path fileOf(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-passwords.properties");
  }

  /** The passwords of {@code roles} in {@code file}, those missing generated and stored now. */
  static DatabasePasswords loadOrCreate(Path file, List<String> roles) throws IOException {
    Properties passwords = new Properties();
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        passwords.load(reader);
      }
    }
    List<String> missing = roles.stream().filter(role -> !passwords.containsKey(role)).toList();
    if (!missing.isEmpty()) {
      missing.forEach(role -> passwords.setProperty(role, generate()));
      writeOwnerOnly(file, passwords);
    }
    return new DatabasePasswords(file, passwords);
  }

  String of(String role) {
    String password = passwords.getProperty(role);
    if (password == null) {
      throw new IllegalStateException("No password for the role " + role + " in " + file);
    }
    return password;
  }

  Path file() {
    return file;
  }

  private static void writeOwnerOnly(Path file, Properties passwords) throws IOException {
    StringWriter text = new StringWriter();
    passwords.store(text, "Passwords of the embedded PostgreSQL's roles; keep this file private");
    OwnerOnlyFiles.write(file, text.toString());
  }

  private static String generate() {
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
