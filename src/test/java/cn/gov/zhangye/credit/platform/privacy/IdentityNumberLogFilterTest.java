package cn.gov.zhangye.credit.platform.privacy;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestLogs;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A request path holding an identity number reaches the logs masked. */
@QuarkusTest
class IdentityNumberLogFilterTest {

  private static final String NUMBER = TestCodes.identityNumber("620702", "19881212", 512);
  private static final String MASKED = NUMBER.substring(0, 6) + "********" + NUMBER.substring(14);

  @Test
  void aPathWithAnIdentityNumberIsLoggedMasked() throws InterruptedException {
    TestLogs logs = TestLogs.mark();

    as("demo-agency").get("/api/v1/subjects/" + NUMBER).then().statusCode(400);

    String logged = logs.allSince();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    // the access log line is written when the answer has been sent, maybe after it arrived
    while (!logged.contains("/api/v1/subjects/" + MASKED) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      logged = logs.allSince();
    }
    assertTrue(logged.contains("GET /api/v1/subjects/" + MASKED), logged);
    assertFalse(logged.contains(NUMBER), logged);
  }
}
