package cn.gov.zhangye.credit.access.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An external OpenID Connect issuer (e.g. a city Keycloak) whose access tokens the gateway also
 * accepts, mapped onto its own registered clients and their scopes. Its keys come only from a
 * mounted JWKS file: the gateway never fetches keys over the network.
 */
@ConfigMapping(prefix = "credit.access.external-issuer")
public interface ExternalIssuerConfig {

  /** Whether tokens of the external issuer are accepted at all. */
  @WithDefault("false")
  boolean enabled();

  /** Its issuer ({@code iss}), exactly as in its tokens. Required when enabled. */
  Optional<String> issuer();

  /** The audience ({@code aud}) its tokens must name for the gateway. Required when enabled. */
  Optional<String> audience();

  /** The mounted JSON Web Key Set of its public keys. Required when enabled. */
  Optional<Path> jwksFile();

  /** The claim that names the registered client: {@code azp} (Keycloak) or {@code client_id}. */
  @WithDefault("azp")
  String clientIdClaim();

  /** The signature algorithms accepted from it: {@code RS256}, {@code ES256}. */
  @WithDefault("RS256")
  List<SigningAlgorithm> algorithms();

  /**
   * The longest lifetime ({@code exp} − {@code iat}) of a token accepted from it; a token without
   * {@code exp} or {@code iat}, or living longer, is refused. At most a day.
   */
  @WithDefault("15M")
  Duration maxLifetime();

  /**
   * The {@code typ} headers accepted from it, compared without case and without an {@code
   * application/} prefix; a token without {@code typ} is refused.
   */
  @WithDefault("JWT,at+jwt")
  List<String> tokenTypes();
}
