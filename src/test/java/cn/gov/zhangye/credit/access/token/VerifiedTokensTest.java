package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-30T16:00:00Z");

  private final VerifiedTokens tokens =
      new VerifiedTokens(
          new TokenSettings(
              "http://localhost:8080",
              "credit-gateway",
              Duration.ofMinutes(15),
              Duration.ofSeconds(30)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aVerifiedTokenIsFoundByItsExactString() {
    DefaultJWTCallerPrincipal principal = principalExpiringIn(Duration.ofMinutes(10));
    tokens.remember("header.payload.signature", principal);
    assertEquals(principal, tokens.find("header.payload.signature").orElseThrow());
    assertTrue(tokens.find("header.payload.signaturf").isEmpty(), "another string is never found");
  }

  @Test
  void aTokenExpiredBeyondTheSkewIsNotFound() {
    tokens.remember("expired.token.string", principalExpiringIn(Duration.ofSeconds(-31)));
    assertTrue(tokens.find("expired.token.string").isEmpty());
  }

  @Test
  void aTokenWithinTheSkewIsStillFound() {
    tokens.remember("skewed.token.string", principalExpiringIn(Duration.ofSeconds(-20)));
    assertTrue(tokens.find("skewed.token.string").isPresent());
  }

  private static DefaultJWTCallerPrincipal principalExpiringIn(Duration fromNow) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject("demo-agency");
    claims.setExpirationTime(NumericDate.fromSeconds(NOW.plus(fromNow).getEpochSecond()));
    return new DefaultJWTCallerPrincipal(claims);
  }
}
