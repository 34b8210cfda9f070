package cn.gov.zhangye.credit.access.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the keys that sign and verify access tokens come from. */
@ConfigMapping(prefix = "credit.access.keys")
public interface KeysConfig {

  /**
   * The directory of key files: PEM ({@code <kid>.pem}) or JWK ({@code .jwk}, {@code .json}). The
   * key with a private part and the greatest key id signs; every key verifies.
   */
  @WithDefault("data/keys")
  Path directory();

  /** With no key file in the directory: generate one there (true) or refuse to start (false). */
  @WithDefault("true")
  boolean generate();

  /** The algorithm of a generated key: {@code RS256} or {@code ES256}. */
  @WithDefault("RS256")
  SigningAlgorithm algorithm();
}
