package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The default tolerance: 5 failures per address and client id, 20 per address, per 15 minutes. */
@QuarkusTest
class TokenAttemptLimiterTest {

  @Inject TokenAttemptLimiter limiter;

  @Test
  void fiveTriesForOneClientFromOneAddressStopItsFurtherTries() {
    ClientAddress address = address("192.0.2.1");
    for (int failure = 0; failure < 5; failure++) {
      assertTrue(reserve(address, "demo-agency").allowed());
    }
    TokenAttempt refused = reserve(address, "demo-agency");
    assertFalse(refused.allowed());
    // One failure is forgiven every 15 minutes / 5 = 180 s.
    assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 180);
    assertTrue(reserve(address, "demo-office").allowed());
    assertTrue(reserve(address("192.0.2.2"), "demo-agency").allowed());
  }

  @Test
  void twentyTriesFromOneAddressStopEveryClientId() {
    ClientAddress address = address("192.0.2.3");
    for (int client = 0; client < 20; client++) {
      assertTrue(reserve(address, "guess-" + client).allowed());
    }
    assertFalse(reserve(address, "another-guess").allowed());
    assertFalse(reserve(address, null).allowed());
  }

  @Test
  void triesThatSucceedAreGivenBack() {
    ClientAddress address = address("192.0.2.4");
    for (int attempt = 0; attempt < 50; attempt++) {
      assertTrue(reserve(address, "demo-agency").allowed());
      limiter.refund(address, "demo-agency").await().indefinitely();
    }
  }

  @Test
  void aTryRefusedForItsClientIdCostsTheAddressNothing() {
    ClientAddress address = address("192.0.2.5");
    for (int failure = 0; failure < 5; failure++) {
      assertTrue(reserve(address, "demo-agency").allowed());
    }
    for (int refused = 0; refused < 30; refused++) {
      assertFalse(reserve(address, "demo-agency").allowed());
    }
    for (int client = 0; client < 15; client++) {
      assertTrue(reserve(address, "other-" + client).allowed());
    }
  }

  private TokenAttempt reserve(ClientAddress address, String clientId) {
    return limiter.reserve(address, clientId).await().indefinitely();
  }

  private static ClientAddress address(String literal) {
    return new ClientAddress(IpLiteral.parse(literal).orElseThrow());
  }
}
