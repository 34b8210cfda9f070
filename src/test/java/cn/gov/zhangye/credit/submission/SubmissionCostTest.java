package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A submission costs one rate-limit unit per started {@code credit.submission.bytes-per-unit} of
 * its body: charged before reading when the length is declared, after spooling when the body is
 * chunked. The units left are read from the quota operation's day window.
 */
@QuarkusTest
@TestProfile(SubmissionLimits.class)
class SubmissionCostTest {

  private static final String CLIENT = "demo-county-linze";
  private static final int LARGE = 6 * SubmissionLimits.BYTES_PER_UNIT + 100;

  @Test
  void aLargerBodyCostsMoreUnitsWhetherItsLengthIsDeclaredOrNot() {
    assertEquals(1, costOf(() -> submitDeclared(body(0))), "a small body costs one unit");
    assertEquals(7, costOf(() -> submitDeclared(body(LARGE))), "seven started units");
    assertEquals(7, costOf(() -> submitChunked(body(LARGE))), "the same, counted after spooling");
  }

  private static long costOf(Runnable submission) {
    long before = dayLeft();
    submission.run();
    return before - dayLeft();
  }

  private static long dayLeft() {
    List<Map<String, Object>> windows = as(CLIENT).get("/api/v1/quota").path("windows");
    return windows.stream()
        .filter(window -> window.get("name").equals("day"))
        .mapToLong(window -> ((Number) window.get("remaining")).longValue())
        .findFirst()
        .orElseThrow();
  }

  /** One record, padded with white space to at least {@code bytes}. */
  private static byte[] body(int bytes) {
    String records =
        TestRecords.jsonArray(
            List.of(
                TestRecords.penalty(
                    TestRecords.sourceRef("cost"), TestRecords.newEnterprise("620723"), "计费公司")));
    return (records + " ".repeat(Math.max(0, bytes - records.length())))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void submitDeclared(byte[] body) {
    as(CLIENT)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/submissions")
        .then()
        .statusCode(200);
  }

  private static void submitChunked(byte[] body) {
    as(CLIENT)
        .contentType("application/json")
        .body(new ByteArrayInputStream(body))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200);
  }
}
