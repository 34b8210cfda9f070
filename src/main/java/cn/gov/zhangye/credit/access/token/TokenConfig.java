package cn.gov.zhangye.credit.access.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** What the gateway's access tokens say and how long they last. */
@ConfigMapping(prefix = "credit.access.token")
public interface TokenConfig {

  /**
   * The issuer ({@code iss}): the gateway's public base URL, e.g. {@code
   * https://credit-api.zhangye.gov.cn}; the token endpoint and key set are under it. Absent: the
   * gateway's public address ({@code credit.http.public-url}, else its host and listening port).
   */
  Optional<String> issuer();

  /** The audience ({@code aud}) of every token. Required. */
  String audience();

  /** How long a token is valid; at most 15 minutes. */
  @WithDefault("15m")
  Duration lifetime();

  /**
   * How far the clocks of issuer and gateway may differ when checking {@code exp} and {@code nbf}.
   */
  @WithDefault("30s")
  Duration clockSkew();

  /**
   * How many client secrets are checked at once (bcrypt, on worker threads); a token request beyond
   * that is answered 503 at once.
   */
  @WithDefault("4")
  int maxConcurrentSecretChecks();

  /** Whether rotating a client's secret revokes the tokens issued to it before the rotation. */
  @WithDefault("true")
  boolean revokeOnSecretRotation();
}
