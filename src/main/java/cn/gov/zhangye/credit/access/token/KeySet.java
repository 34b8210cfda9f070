package cn.gov.zhangye.credit.access.token;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The gateway's keys for access tokens, read once at start from {@code
 * credit.access.keys.directory} (a key is generated there first when it holds none and generation
 * is on). The signing key is the one with a private part and the greatest key id; every key
 * verifies.
 */
@ApplicationScoped
@Startup
public class KeySet {

  private static final Logger LOG = Logger.getLogger(KeySet.class);

  private final List<SigningKey> keys;
  private final SigningKey signing;

  @Inject
  KeySet(KeysConfig config, Clock clock) {
    this(load(config, clock));
    LOG.infof(
        "Access tokens are signed with key %s (%s); keys that verify: %s",
        signing.id(), signing.algorithm(), keys.stream().map(SigningKey::id).toList());
  }

  KeySet(List<SigningKey> keys) {
    this.keys = keys.stream().sorted(Comparator.comparing(SigningKey::id)).toList();
    this.signing =
        keys.stream()
            .filter(SigningKey::signs)
            .max(Comparator.comparing(SigningKey::id))
            .orElseThrow(
                () ->
                    new KeyFileException(
                        "No key with a private part to sign tokens with among "
                            + keys.stream().map(SigningKey::id).toList()));
  }

  static List<SigningKey> load(KeysConfig config, Clock clock) {
    Path directory = config.directory();
    List<SigningKey> keys = KeyFiles.read(directory);
    if (keys.isEmpty()) {
      if (!config.generate()) {
        throw new KeyFileException(
            "No key file in "
                + directory.toAbsolutePath()
                + " and credit.access.keys.generate is false: put the token signing key there.");
      }
      String kid = NewKeyFile.write(directory, config.algorithm(), clock.instant());
      LOG.infof("Generated the token signing key %s in %s", kid, directory.toAbsolutePath());
      keys = KeyFiles.read(directory);
    }
    return keys;
  }

  /** The key that signs new tokens. */
  SigningKey signing() {
    return signing;
  }

  /** Every key, the retired ones included, in key id order. */
  List<SigningKey> all() {
    return keys;
  }
}
