package cn.gov.zhangye.credit.access.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the key files of a directory: {@code *.pem} (see {@link PemKeyFile}) and {@code *.jwk} or
 * {@code *.json} (see {@link JwkKeyFile}). Other files and sub-directories (such as those of a
 * mounted Kubernetes secret) are ignored.
 */
final class KeyFiles {

  private static final String PEM = ".pem";
  private static final List<String> JWK = List.of(".jwk", ".json");

  private KeyFiles() {}

  /** The keys in {@code directory}; none when it does not exist. */
  static List<SigningKey> read(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<SigningKey> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        keys.addAll(readFile(file));
      }
    } catch (IOException unreadable) {
      throw new KeyFileException("Cannot read the key directory " + directory, unreadable);
    }
    checkUniqueIds(keys, directory);
    return keys;
  }

  private static List<SigningKey> readFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(PEM)) {
        return List.of(PemKeyFile.read(stem(name, PEM), text(file)));
      }
      for (String extension : JWK) {
        if (name.endsWith(extension)) {
          return JwkKeyFile.read(stem(name, extension), text(file));
        }
      }
      return List.of();
    } catch (GeneralSecurityException | IllegalArgumentException unusable) {
      throw new KeyFileException(
          "The key file " + file + " cannot be used: " + unusable.getMessage(), unusable);
    }
  }

  private static void checkUniqueIds(List<SigningKey> keys, Path directory) {
    Set<String> ids = new HashSet<>();
    for (SigningKey key : keys) {
      if (!ids.add(key.id())) {
        throw new KeyFileException(
            "Two keys in " + directory + " have the key id " + key.id() + "; key ids must differ");
      }
    }
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String stem(String name, String extension) {
    return name.substring(0, name.length() - extension.length());
  }
}
