package cn.gov.zhangye.credit.platform.cluster;

import cn.gov.zhangye.credit.platform.ConfiguredSecret;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the cluster transport, derived from the one secret the replicas share ({@code
 * credit.cluster.secret} or {@code credit.cluster.secret-file}): one encrypts the traffic, another
 * admits a joining replica. A clustered gateway without a usable secret does not start.
 */
@Startup // reads and checks the secret at start, not when the cluster is first joined
@ApplicationScoped
class ClusterKeys {

  static final int MIN_SECRET_LENGTH = 32;
  private static final String PREFIX = "credit.cluster.";
  private static final String HMAC = "HmacSHA256";

  private final byte[] secret;

  ClusterKeys(ClusterConfig config) {
    this.secret = config.enabled() ? read(config) : null;
  }

  /** The AES-256 key of {@code SYM_ENCRYPT}, hex. */
  String encryptionKey() {
    return HexFormat.of().formatHex(derive("cluster traffic encryption v1"));
  }

  /** The HMAC key with which a joining replica proves it holds the secret, hex. */
  String admissionKey() {
    return HexFormat.of().formatHex(derive("cluster admission v1"));
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", impossible);
    }
  }

  private byte[] derive(String purpose) {
    if (secret == null) {
      throw new IllegalStateException("Clustering is off: there are no cluster keys");
    }
    return hmac(secret, purpose.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] read(ClusterConfig config) {
    String secret =
        ConfiguredSecret.read(PREFIX + "secret", config.secret(), config.secretFile())
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        PREFIX
                            + "enabled is true, but neither "
                            + PREFIX
                            + "secret nor "
                            + PREFIX
                            + "secret-file is set: every replica needs the same cluster secret"
                            + " (e.g. from: openssl rand -base64 32)"));
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new ConfigurationException(
          "The cluster secret of "
              + PREFIX
              + "secret(-file) must have at least "
              + MIN_SECRET_LENGTH
              + " characters, e.g. from: openssl rand -base64 32");
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
