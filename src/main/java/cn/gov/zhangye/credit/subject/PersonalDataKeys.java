package cn.gov.zhangye.credit.subject;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Hashes personal identifiers for lookup and seals them for the exchange, so that no identity
 * number or person's name is stored in clear text. Each use has its own key: identity hashes
 * (finding a person), content hashes (telling a record's versions apart), sealing and the agencies'
 * person handles, so that one key's output never serves to guess another's.
 *
 * <p>A sealed value is a version byte, a random 12-byte nonce and the AES-GCM ciphertext with its
 * tag. Version 2 authenticates a context as associated data (the table, row and field the value
 * belongs to): a sealed value copied to another row or field does not unseal there.
 */
@ApplicationScoped
@Startup
public class PersonalDataKeys {

  private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class);
  private static final byte UNBOUND = 1;
  private static final byte BOUND = 2;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private static final String HASH_KEY = "hashKey";
  private static final String CONTENT_HASH_KEY = "contentHashKey";
  private static final String ENCRYPTION_KEY = "encryptionKey";
  private static final String HANDLE_KEY = "handleKey";
  private static final List<String> KEY_NAMES =
      List.of(HASH_KEY, CONTENT_HASH_KEY, ENCRYPTION_KEY, HANDLE_KEY);

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec handleKey;
  private final SecureRandom random = new SecureRandom();

  /**
   * One initialised MAC per thread and key: looking one up and keying it costs more than hashing.
   */
  private final ThreadLocal<Mac> identityMacs;

  private final ThreadLocal<Mac> contentMacs;
  private final ThreadLocal<Mac> handleMacs;

  @Inject
  PersonalDataKeys(PersonalDataConfig config, ObjectMapper json) {
    ObjectNode keys = readOrGenerate(config, json);
    this.identityMacs = macs(decode(keys, HASH_KEY));
    this.contentMacs = macs(decode(keys, CONTENT_HASH_KEY));
    this.encryptionKey = new SecretKeySpec(decode(keys, ENCRYPTION_KEY), "AES");
    byte[] handle = decode(keys, HANDLE_KEY);
    this.handleKey = new SecretKeySpec(handle, "AES");
    this.handleMacs = macs(handle);
  }

  /** The keyed hash of a normalised identifier: equal identifiers, equal hashes. */
  public byte[] hash(String identifier) {
    return identityMacs.get().doFinal(identifier.getBytes(UTF_8));
  }

  /** The keyed hash of a record's content, under a key of its own: equal content, equal hashes. */
  public byte[] contentHash(String content) {
    return contentMacs.get().doFinal(content.getBytes(UTF_8));
  }

  /**
   * {@code plain} sealed for {@code context}, e.g. {@code natural_person/<hash>/name}: it unseals
   * only with the same context.
   */
  public byte[] seal(String plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = gcm(Cipher.ENCRYPT_MODE, encryptionKey, nonce, context, plain.getBytes(UTF_8));
    return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
        .put(BOUND)
        .put(nonce)
        .put(sealed)
        .array();
  }

  /**
   * The plain text of a value sealed for {@code context}; values of version 1 (sealed before
   * contexts were bound) unseal without one.
   *
   * @throws IllegalArgumentException when {@code sealed} was not sealed with this key for this
   *     context
   */
  public String unseal(byte[] sealed, String context) {
    if (sealed.length < 1 + NONCE_BYTES || (sealed[0] != BOUND && sealed[0] != UNBOUND)) {
      throw new IllegalArgumentException("Not a sealed value");
    }
    byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(sealed, 1 + NONCE_BYTES, sealed.length);
    return new String(
        gcm(Cipher.DECRYPT_MODE, encryptionKey, nonce, sealed[0] == BOUND ? context : null, body),
        UTF_8);
  }

  /**
   * An opaque token for {@code secret} that only {@code holder} can have read back: AES-GCM under
   * the handle key with the holder as associated data and a nonce derived from both (a synthetic
   * nonce, as in AES-SIV), so that the same holder always gets the same token for the same secret
   * and two holders' tokens share nothing.
   */
  public byte[] handle(byte[] secret, String holder) {
    Mac mac = handleMacs.get();
    mac.update(holder.getBytes(UTF_8));
    mac.update((byte) 0);
    byte[] nonce = Arrays.copyOf(mac.doFinal(secret), NONCE_BYTES);
    byte[] sealed = gcm(Cipher.ENCRYPT_MODE, handleKey, nonce, holder, secret);
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  /** The secret of a {@link #handle} made for {@code holder}; empty for anyone else's. */
  public Optional<byte[]> secretOfHandle(byte[] handle, String holder) {
    if (handle.length <= NONCE_BYTES + TAG_BITS / Byte.SIZE) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          gcm(
              Cipher.DECRYPT_MODE,
              handleKey,
              Arrays.copyOf(handle, NONCE_BYTES),
              holder,
              Arrays.copyOfRange(handle, NONCE_BYTES, handle.length)));
    } catch (IllegalArgumentException notTheHolders) {
      return Optional.empty();
    }
  }

  private static byte[] gcm(
      int mode, SecretKeySpec key, byte[] nonce, String context, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      if (context != null) {
        cipher.updateAAD(context.getBytes(UTF_8));
      }
      return cipher.doFinal(input);
    } catch (AEADBadTagException wrongKeyOrContext) {
      throw new IllegalArgumentException(
          "The value was not sealed with this key for this context", wrongKeyOrContext);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static ThreadLocal<Mac> macs(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
    return ThreadLocal.withInitial(
        () -> {
          try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(spec);
            return mac;
          } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
          }
        });
  }

  private ObjectNode readOrGenerate(PersonalDataConfig config, ObjectMapper json) {
    Path file = config.keyFile();
    try {
      if (Files.exists(file)) {
        return withDerivedKeys((ObjectNode) json.readTree(file.toFile()));
      }
      if (!config.generate()) {
        throw new IllegalStateException(
            "No personal-data key file at "
                + file.toAbsolutePath()
                + " and credit.subject.personal-data.generate is false");
      }
      ObjectNode keys = json.createObjectNode();
      KEY_NAMES.forEach(name -> keys.put(name, newKey()));
      write(file, json.writeValueAsBytes(keys));
      LOG.infof("Generated the personal-data keys in %s: back them up", file.toAbsolutePath());
      // a replica starting at the same moment may have written its keys first: use the file's
      return (ObjectNode) json.readTree(file.toFile());
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read or write " + file.toAbsolutePath(), unreadable);
    }
  }

  /**
   * A key file of an earlier version has only the hash and encryption keys; the others are derived
   * from the hash key (HMAC-SHA256 of their name, one-way), so that a file mounted read-only from a
   * Secret keeps working and every replica derives the same keys.
   */
  private static ObjectNode withDerivedKeys(ObjectNode keys) {
    byte[] hashKey = decode(keys, HASH_KEY);
    for (String name : KEY_NAMES) {
      if (!keys.hasNonNull(name)) {
        byte[] derived = macs(hashKey).get().doFinal(("derived " + name).getBytes(UTF_8));
        keys.put(name, Base64.getEncoder().encodeToString(derived));
      }
    }
    return keys;
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
