package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

  private static final Duration LIFETIME = Duration.ofMinutes(15);
  private static final Duration SKEW = Duration.ofSeconds(30);

  @Test
  void theIssuerIsTheGatewaysBaseUrl() {
    TokenSettings settings =
        new TokenSettings("https://credit-api.zhangye.gov.cn", "credit-gateway", LIFETIME, SKEW);
    assertEquals("https://credit-api.zhangye.gov.cn/oauth/token", settings.url(TokenResource.PATH));
  }

  @Test
  void aBlankIssuerOrAudienceStopsTheStart() {
    assertRefused(" ", "credit-gateway", LIFETIME, SKEW, "credit.access.token.issuer must be set");
    assertRefused(null, "credit-gateway", LIFETIME, SKEW, "credit.access.token.issuer must be set");
    assertRefused("http://localhost:8080", "", LIFETIME, SKEW, "credit.access.token.audience");
  }

  @Test
  void anIssuerThatIsNoBaseUrlStopsTheStart() {
    for (String issuer :
        new String[] {
          "credit-gateway", "ftp://host", "https://host/", "https://host?x=1", "https://host#x"
        }) {
      assertRefused(issuer, "credit-gateway", LIFETIME, SKEW, "base URL");
    }
  }

  @Test
  void aLifetimeOrSkewOutOfBoundsStopsTheStart() {
    assertRefused("http://h", "a", Duration.ofMinutes(16), SKEW, "credit.access.token.lifetime");
    assertRefused("http://h", "a", Duration.ZERO, SKEW, "credit.access.token.lifetime");
    assertRefused("http://h", "a", LIFETIME, Duration.ofSeconds(61), "clock-skew");
    assertRefused("http://h", "a", LIFETIME, Duration.ofSeconds(-1), "clock-skew");
  }

  private static void assertRefused(
      String issuer, String audience, Duration lifetime, Duration skew, String expected) {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> new TokenSettings(issuer, audience, lifetime, skew));
    assertTrue(failure.getMessage().contains(expected), failure.getMessage());
  }
}
