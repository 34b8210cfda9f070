package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bodies that arrive one byte at a time hold a spool file each, not a pooled connection: with more
 * of them under way than the pool has connections, a normal submission and a query still complete;
 * one submission more than a client may have at once is refused.
 */
@QuarkusTest
@TestProfile(SubmissionLimits.class)
class SlowUploadTest {

  private static final String CLIENT = "demo-department";
  private static final int TRICKLING = SubmissionLimits.POOL + 2;

  @Test
  void slowUploadsHoldNoConnectionAndACallerMayHaveOnlySoMany() throws Exception {
    String token = Callers.token(CLIENT);
    List<TrickledUpload> uploads = new ArrayList<>();
    for (int i = 0; i < TRICKLING; i++) {
      uploads.add(TrickledUpload.start(RestAssured.port, token, oneRecord("trickle")));
    }
    try {
      for (TrickledUpload upload : uploads) {
        upload.awaitTrickling();
      }
      awaitSpooled(TRICKLING);
      for (Path file : spooled()) {
        assertEquals(
            "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      }

      String company = TestRecords.newEnterprise("620702");
      Response normal =
          within(
              () ->
                  submit(
                      TestRecords.jsonArray(
                          List.of(
                              TestRecords.penalty(
                                  TestRecords.sourceRef("normal"), company, "常速公司")))));
      assertEquals(200, normal.statusCode(), normal.asString());
      Response query = within(() -> as("demo-agency").get("/api/v1/subjects/" + company));
      assertEquals(200, query.statusCode(), query.asString());

      for (int i = TRICKLING; i < SubmissionLimits.PER_CLIENT; i++) {
        TrickledUpload upload = TrickledUpload.start(RestAssured.port, token, oneRecord("more"));
        uploads.add(upload);
        upload.awaitTrickling();
      }
      submit(oneRecord("one-too-many"))
          .then()
          .statusCode(429)
          .header("Retry-After", equalTo("5"))
          .body(
              "type",
              equalTo("https://credit.zhangye.gov.cn/problems/too-many-concurrent-submissions"));
    } finally {
      uploads.forEach(TrickledUpload::finish);
    }
    for (TrickledUpload upload : uploads) {
      assertEquals("HTTP/1.1 200 OK", upload.status());
    }
    assertEquals(List.of(), spooled(), "every spool file is deleted after intake");
  }

  private static Response submit(String body) {
    return as(CLIENT)
        .contentType("application/json")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions");
  }

  /**
   * A record, and white space after it to make the body larger than the REST layer buffers before
   * it calls the resource ({@code quarkus.rest.input-buffer-size}, 10 KiB).
   */
  private static String oneRecord(String prefix) {
    return TestRecords.jsonArray(
            List.of(
                TestRecords.penalty(
                    TestRecords.sourceRef(prefix), TestRecords.newEnterprise("620702"), "慢速公司")))
        + " ".repeat(16 * 1024);
  }

  /** The answer, which must come while the slow uploads are still under way. */
  private static Response within(Supplier<Response> call) throws Exception {
    return CompletableFuture.supplyAsync(call).get(20, TimeUnit.SECONDS);
  }

  /** Waits until {@code files} uploads have reached the resource and spool. */
  private static void awaitSpooled(int files) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (spooled().size() < files && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(spooled().size() >= files, "each upload is spooled to a file: " + spooled());
  }

  private static List<Path> spooled() throws IOException {
    Path directory =
        ConfigProvider.getConfig().getValue("credit.submission.spool-directory", Path.class);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
