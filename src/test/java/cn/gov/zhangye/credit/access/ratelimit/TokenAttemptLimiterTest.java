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
  void fiveFailuresForOneClientFromOneAddressStopItsFurtherTries() {
    ClientAddress address = address("192.0.2.1");
    for (int failure = 0; failure < 5; failure++) {
      assertTrue(allow(address, "demo-agency").allowed());
      limiter.recordFailure(address, "demo-agency").await().indefinitely();
    }
    TokenAttempt refused = allow(address, "demo-agency");
    assertFalse(refused.allowed());
    // One failure is forgiven every 15 minutes / 5 = 180 s.
    assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 180);
    assertTrue(allow(address, "demo-office").allowed());
    assertTrue(allow(address("192.0.2.2"), "demo-agency").allowed());
  }

  @Test
  void twentyFailuresFromOneAddressStopEveryClientId() {
    ClientAddress address = address("192.0.2.3");
    for (int client = 0; client < 20; client++) {
      limiter.recordFailure(address, "guess-" + client).await().indefinitely();
    }
    assertFalse(allow(address, "another-guess").allowed());
    assertFalse(allow(address, null).allowed());
  }

  @Test
  void triesThatDoNotFailCostNothing() {
    ClientAddress address = address("192.0.2.4");
    for (int attempt = 0; attempt < 50; attempt++) {
      assertTrue(allow(address, "demo-agency").allowed());
    }
  }

  private TokenAttempt allow(ClientAddress address, String clientId) {
    return limiter.allow(address, clientId).await().indefinitely();
  }

  private static ClientAddress address(String literal) {
    return new ClientAddress(IpLiteral.parse(literal).orElseThrow());
  }
}
