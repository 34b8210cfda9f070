package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;
import static java.nio.file.StandardOpenOption.APPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canary of the scan every Quarkus test's answers pass: an answer showing an identity number in
 * clear text, wherever it stands, fails the test that received it, and the failure shows the number
 * masked only.
 */
@QuarkusTest
class UnmaskedIdentityScanTest {

  private static final String PROBE = "/test/leak-probe";

  @ParameterizedTest
  @CsvSource({
    "/body, body",
    "/full-width, body",
    "/header?name=Location, header Location",
    "/header?name=Content-Disposition, header Content-Disposition",
    "/header?name=X-Request-Id, header X-Request-Id",
    "/header?name=X-Anything, header X-Anything",
    "/pdf-text, PDF text",
    "/pdf-metadata, PDF document information",
    "/jws, base64 decoded from body",
    "/cursor, base64 decoded from header Link",
    "/cursor, base64 decoded from body",
  })
  void anAnswerShowingANumberFailsTheTest(String path, String place) {
    AssertionError failure = assertThrows(AssertionError.class, () -> given().get(PROBE + path));

    assertTrue(
        failure.getMessage().contains(LeakProbeResource.MASKED + " in the " + place),
        failure.getMessage());
    assertFalse(failure.getMessage().contains(LeakProbeResource.NUMBER), failure.getMessage());
  }

  @Test
  void aLogLineShowingANumberIsFound(@TempDir Path logs) throws IOException {
    Path log = logs.resolve("gateway.log");
    Files.writeString(log, "before the mark " + LeakProbeResource.NUMBER + "\n");
    TestLogs marked = TestLogs.mark(logs);
    assertTrue(marked.identityNumbersSince().isEmpty());

    Files.writeString(log, "GET /api/v1/subjects/" + LeakProbeResource.NUMBER + "\n", APPEND);

    assertEquals(List.of(LeakProbeResource.MASKED + " in " + log), marked.identityNumbersSince());
  }

  @Test
  void anAnswerShowingTheNumberMaskedPasses() {
    given().get(PROBE + "/masked").then().statusCode(200);
  }
}
