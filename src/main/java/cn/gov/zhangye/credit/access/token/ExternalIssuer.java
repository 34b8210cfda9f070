package cn.gov.zhangye.credit.access.token;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The checked settings and keys of the external OpenID Connect issuer. When enabled, the gateway
 * does not start without its issuer, audience and a JWKS file with at least one usable signing key,
 * nor when its issuer is the gateway's own. Keys are read once from the file, never fetched.
 */
@ApplicationScoped
@Startup
public class ExternalIssuer {

  private static final String PREFIX = "credit.access.external-issuer.";
  private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "aud", "exp", "iat");
  private static final Duration MAX_LIFETIME = Duration.ofDays(1);

  private final boolean enabled;
  private final String issuer;
  private final String clientIdClaim;
  private final Set<String> tokenTypes;
  private final Map<String, JWTAuthContextInfo> checksByKeyId;

  @Inject
  ExternalIssuer(ExternalIssuerConfig config, TokenSettings settings) {
    this.enabled = config.enabled();
    if (!enabled) {
      this.issuer = null;
      this.clientIdClaim = null;
      this.tokenTypes = Set.of();
      this.checksByKeyId = Map.of();
      return;
    }
    this.issuer = require("issuer", config.issuer());
    String audience = require("audience", config.audience());
    Path jwks = require("jwks-file", config.jwksFile());
    if (issuer.equals(settings.issuer())) {
      throw new IllegalStateException(
          PREFIX + "issuer=" + issuer + " is the gateway's own issuer; it must be another one");
    }
    if (config.clientIdClaim().isBlank()) {
      throw new IllegalStateException(PREFIX + "client-id-claim must not be blank");
    }
    this.clientIdClaim = config.clientIdClaim();
    this.tokenTypes = tokenTypes(config.tokenTypes());
    Duration maxLifetime = config.maxLifetime();
    if (maxLifetime.compareTo(Duration.ofSeconds(1)) < 0
        || maxLifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalStateException(
          PREFIX
              + "max-lifetime="
              + maxLifetime
              + " is not usable: it must lie between PT1S and "
              + MAX_LIFETIME);
    }
    Set<SigningAlgorithm> algorithms = Set.copyOf(config.algorithms());
    Set<String> required = new java.util.HashSet<>(REQUIRED_CLAIMS);
    required.add(clientIdClaim);
    Map<String, JWTAuthContextInfo> checks = new HashMap<>();
    for (PublicJsonWebKey key : signingKeys(jwks)) {
      Optional<SigningAlgorithm> algorithm = SigningAlgorithm.of(key.getPublicKey());
      if (key.getKeyId() == null || algorithm.isEmpty() || !algorithms.contains(algorithm.get())) {
        continue;
      }
      checks.put(
          key.getKeyId(),
          checks(
              key.getPublicKey(),
              algorithm.get(),
              issuer,
              audience,
              settings,
              maxLifetime,
              Set.copyOf(required)));
    }
    if (checks.isEmpty()) {
      throw new IllegalStateException(
          PREFIX
              + "jwks-file="
              + jwks
              + " holds no signing key with a key id and an algorithm of "
              + algorithms.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }
    this.checksByKeyId = Map.copyOf(checks);
  }

  boolean enabled() {
    return enabled;
  }

  /** Whether {@code tokenIssuer} is the external issuer, which is then enabled. */
  boolean issued(String tokenIssuer) {
    return enabled && issuer.equals(tokenIssuer);
  }

  String clientIdClaim() {
    return clientIdClaim;
  }

  /** The accepted {@code typ} headers, lower case, without an {@code application/} prefix. */
  Set<String> tokenTypes() {
    return tokenTypes;
  }

  private static Set<String> tokenTypes(List<String> configured) {
    Set<String> types =
        configured.stream()
            .map(String::strip)
            .filter(type -> !type.isEmpty())
            .map(TokenHeaders::mediaType)
            .collect(Collectors.toUnmodifiableSet());
    if (types.isEmpty()) {
      throw new IllegalStateException(PREFIX + "token-types must name at least one type");
    }
    return types;
  }

  /** The checks of a token signed with the external key {@code keyId}; empty for another key. */
  Optional<JWTAuthContextInfo> checks(String keyId) {
    return Optional.ofNullable(checksByKeyId.get(keyId));
  }

  private static List<PublicJsonWebKey> signingKeys(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new IllegalStateException(
          PREFIX + "jwks-file=" + file + " cannot be read: " + unreadable.getMessage());
    }
    try {
      return new JsonWebKeySet(json)
          .getJsonWebKeys().stream()
              .filter(key -> key instanceof PublicJsonWebKey)
              .filter(key -> key.getUse() == null || "sig".equals(key.getUse()))
              .map(PublicJsonWebKey.class::cast)
              .toList();
    } catch (JoseException malformed) {
      throw new IllegalStateException(
          PREFIX + "jwks-file=" + file + " is not a JSON Web Key Set: " + malformed.getMessage());
    }
  }

  private static JWTAuthContextInfo checks(
      PublicKey key,
      SigningAlgorithm algorithm,
      String issuer,
      String audience,
      TokenSettings settings,
      Duration maxLifetime,
      Set<String> required) {
    JWTAuthContextInfo checks = new JWTAuthContextInfo();
    checks.setPublicVerificationKey(key);
    checks.setSignatureAlgorithm(Set.of(algorithm.jwt()));
    checks.setRelaxVerificationKeyValidation(false);
    checks.setIssuedBy(issuer);
    checks.setExpectedAudience(Set.of(audience));
    int skew = (int) settings.clockSkew().toSeconds();
    checks.setExpGracePeriodSecs(skew);
    checks.setClockSkew(skew);
    checks.setMaxTimeToLiveSecs(maxLifetime.toSeconds());
    checks.setRequiredClaims(required);
    return checks;
  }

  private static <T> T require(String name, Optional<T> value) {
    if (value.isEmpty() || value.get().toString().isBlank()) {
      throw new IllegalStateException(
          PREFIX
              + name
              + " must be set when "
              + PREFIX
              + "enabled=true: external tokens are checked against it");
    }
    return value.get();
  }
}
