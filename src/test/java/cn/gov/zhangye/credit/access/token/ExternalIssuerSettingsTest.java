package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The external issuer's settings are checked at start, with a message naming the setting. */
class ExternalIssuerSettingsTest {

  private static final String GATEWAY = "http://localhost:8080";

  private static final TokenSettings OURS =
      new TokenSettings(
          GATEWAY, TestTokens.AUDIENCE, Duration.ofMinutes(15), Duration.ofSeconds(30));

  private static ExternalIssuerConfig config(
      boolean enabled, String issuer, String audience, Path jwks) {
    return config(enabled, issuer, audience, jwks, Duration.ofMinutes(15), List.of("JWT"));
  }

  private static ExternalIssuerConfig config(
      boolean enabled,
      String issuer,
      String audience,
      Path jwks,
      Duration maxLifetime,
      List<String> tokenTypes) {
    return new ExternalIssuerConfig() {
      @Override
      public boolean enabled() {
        return enabled;
      }

      @Override
      public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
      }

      @Override
      public Optional<String> audience() {
        return Optional.ofNullable(audience);
      }

      @Override
      public Optional<Path> jwksFile() {
        return Optional.ofNullable(jwks);
      }

      @Override
      public String clientIdClaim() {
        return "azp";
      }

      @Override
      public List<SigningAlgorithm> algorithms() {
        return List.of(SigningAlgorithm.RS256);
      }

      @Override
      public Duration maxLifetime() {
        return maxLifetime;
      }

      @Override
      public List<String> tokenTypes() {
        return tokenTypes;
      }
    };
  }

  private static Path jwks() {
    new ExternalIssuerProfile().getConfigOverrides();
    return Path.of("target", "external-issuer", "jwks.json");
  }

  private static String refusal(ExternalIssuerConfig config) {
    return assertThrows(IllegalStateException.class, () -> new ExternalIssuer(config, OURS))
        .getMessage();
  }

  @Test
  void disabledNeedsNothing() {
    ExternalIssuer external = new ExternalIssuer(config(false, null, null, null), OURS);
    assertFalse(external.enabled());
    assertFalse(external.issued(ExternalIssuerProfile.ISSUER));
  }

  @Test
  void enabledWithoutIssuerAudienceOrKeysDoesNotStart() {
    String iss = ExternalIssuerProfile.ISSUER;
    String aud = ExternalIssuerProfile.AUDIENCE;
    assertTrue(
        refusal(config(true, null, aud, jwks()))
            .startsWith("credit.access.external-issuer.issuer must be set"));
    assertTrue(
        refusal(config(true, iss, " ", jwks()))
            .startsWith("credit.access.external-issuer.audience must be set"));
    assertTrue(
        refusal(config(true, iss, aud, null))
            .startsWith("credit.access.external-issuer.jwks-file must be set"));
    assertTrue(
        refusal(config(true, iss, aud, Path.of("target", "no-such-jwks.json")))
            .contains("cannot be read"));
  }

  @Test
  void ourOwnIssuerIsNotAnExternalOne() {
    assertTrue(
        refusal(config(true, GATEWAY, ExternalIssuerProfile.AUDIENCE, jwks()))
            .contains("the gateway's own issuer"));
  }

  @Test
  void onlyTheSigningKeysOfTheFileVerify() {
    ExternalIssuer external =
        new ExternalIssuer(
            config(true, ExternalIssuerProfile.ISSUER, ExternalIssuerProfile.AUDIENCE, jwks()),
            OURS);
    assertTrue(external.issued(ExternalIssuerProfile.ISSUER));
    assertTrue(external.checks(ExternalIssuerProfile.KEY_ID).isPresent());
    assertEquals(Optional.empty(), external.checks("city-enc"));
  }

  @Test
  void theMaximumLifetimeIsBoundedAndTheTypesAreNamed() {
    String iss = ExternalIssuerProfile.ISSUER;
    String aud = ExternalIssuerProfile.AUDIENCE;
    assertTrue(
        refusal(config(true, iss, aud, jwks(), Duration.ofDays(2), List.of("JWT")))
            .startsWith("credit.access.external-issuer.max-lifetime=PT48H is not usable"));
    assertTrue(
        refusal(config(true, iss, aud, jwks(), Duration.ZERO, List.of("JWT")))
            .startsWith("credit.access.external-issuer.max-lifetime=PT0S is not usable"));
    assertTrue(
        refusal(config(true, iss, aud, jwks(), Duration.ofMinutes(5), List.of(" ")))
            .startsWith("credit.access.external-issuer.token-types must name"));
    ExternalIssuer external =
        new ExternalIssuer(
            config(
                true,
                iss,
                aud,
                jwks(),
                Duration.ofMinutes(5),
                List.of("JWT", "application/AT+JWT")),
            OURS);
    assertEquals(java.util.Set.of("jwt", "at+jwt"), external.tokenTypes());
  }
}
