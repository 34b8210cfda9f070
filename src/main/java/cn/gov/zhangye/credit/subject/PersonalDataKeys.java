package cn.gov.zhangye.credit.subject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Hashes personal identifiers for lookup and seals them for the exchange, so that no identity
 * number or person's name is stored in clear text. A sealed value is a version byte, a random
 * 12-byte nonce and the AES-GCM ciphertext with its tag.
 */
@ApplicationScoped
@Startup
public class PersonalDataKeys {

  private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class);
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec hashKey;
  private final SecretKeySpec encryptionKey;
  private final SecureRandom random = new SecureRandom();

  /** One initialised MAC per thread: looking one up and keying it costs more than hashing. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  @Inject
  PersonalDataKeys(PersonalDataConfig config, ObjectMapper json) {
    ObjectNode keys = readOrGenerate(config, json);
    this.hashKey = new SecretKeySpec(decode(keys, "hashKey"), "HmacSHA256");
    this.encryptionKey = new SecretKeySpec(decode(keys, "encryptionKey"), "AES");
  }

  /** The keyed hash of a normalised identifier: equal identifiers, equal hashes. */
  public byte[] hash(String identifier) {
    return macs.get().doFinal(identifier.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code sealed} was not sealed with this key
   */
  public String unseal(byte[] sealed) {
    if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
      throw new IllegalArgumentException("Not a sealed value of version " + VERSION);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException wrongKey) {
      throw new IllegalArgumentException("The value was not sealed with this key", wrongKey);
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return mac;
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private ObjectNode readOrGenerate(PersonalDataConfig config, ObjectMapper json) {
    Path file = config.keyFile();
    try {
      if (Files.exists(file)) {
        return (ObjectNode) json.readTree(file.toFile());
      }
      if (!config.generate()) {
        throw new IllegalStateException(
            "No personal-data key file at "
                + file.toAbsolutePath()
                + " and credit.subject.personal-data.generate is false");
      }
      ObjectNode keys = json.createObjectNode();
      keys.put("hashKey", newKey());
      keys.put("encryptionKey", newKey());
      write(file, json.writeValueAsBytes(keys));
      LOG.infof("Generated the personal-data keys in %s: back them up", file.toAbsolutePath());
      // a replica starting at the same moment may have written its keys first: use the file's
      return (ObjectNode) json.readTree(file.toFile());
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read or write " + file.toAbsolutePath(), unreadable);
    }
  }

  private String newKey() {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static void write(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path written = Files.createTempFile(directory, "personal-data", ".tmp");
    try {
      Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      LOG.debug("The file system has no POSIX permissions", notPosix);
    }
    Files.write(written, content);
    try {
      Files.move(written, file);
    } catch (java.nio.file.FileAlreadyExistsException lostTheRace) {
      Files.delete(written);
    }
  }

  private static byte[] decode(ObjectNode keys, String name) {
    byte[] key = Base64.getDecoder().decode(keys.path(name).asText(""));
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          "The personal-data key " + name + " must be " + KEY_BYTES + " bytes in base64");
    }
    return key;
  }
}
