package cn.gov.zhangye.credit.access.client;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Client secrets: made from {@link SecureRandom}, kept only as bcrypt hashes and checked by the
 * library's own verification. Hashing is slow on purpose, so it runs on a worker thread and the
 * result comes back on the caller's Vert.x context.
 */
@Startup
@ApplicationScoped
class ClientSecrets {

  static final int HASH_COST = 10;
  private static final int SECRET_BYTES = 32;
  // bcrypt reads no further than this; a longer secret would match on its first 72 bytes alone.
  static final int MAX_SECRET_BYTES = 72;

  private final SecureRandom random = new SecureRandom();
  private final String dummyHash;

  ClientSecrets() {
    // The hash of a secret nobody knows: checked for an unknown client, so that it costs the same.
    this.dummyHash = BcryptUtil.bcryptHash(generate(), HASH_COST);
  }

  /** A new secret: 32 random bytes, base64url without padding. */
  String generate() {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  Uni<String> hash(String secret) {
    return VertxContextSupport.executeBlocking(() -> BcryptUtil.bcryptHash(secret, HASH_COST));
  }

  /**
   * Whether {@code secret} is the one {@code hash} was made of. With no hash (no such client) it
   * checks against a dummy hash and answers false, taking as long as with one.
   */
  Uni<Boolean> matches(String secret, String hash) {
    String given = secret == null ? "" : secret;
    return VertxContextSupport.executeBlocking(
        () ->
            BcryptUtil.matches(given, hash == null ? dummyHash : hash)
                && hash != null
                && given.getBytes(StandardCharsets.UTF_8).length <= MAX_SECRET_BYTES);
  }
}
