package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key header: replay, reuse, a retry while the first runs, resumption. */
@QuarkusTest
class SubmissionIdempotencyTest {

  private static final String NDJSON = "application/x-ndjson";

  @Test
  void theSameKeyAndBodyReplayTheFirstAnswer() {
    String key = "replay-" + UUID.randomUUID();
    String body = body(2);
    String id = submit("demo-department", key, body, false).statusCode(200).extract().path("id");

    submit("demo-department", key, body, false)
        .statusCode(200)
        .body("id", equalTo(id))
        .body("counts.created", equalTo(2))
        .body("counts.unchanged", equalTo(0));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM submission WHERE client_id = 'demo-department'"
                + " AND idempotency_key = ?",
            key));
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() {
    String key = "reuse-" + UUID.randomUUID();
    String body = body(1);
    submit("demo-department", key, body, false).statusCode(200);

    submit("demo-department", key, body(1), false)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/idempotency-key-reused"));
    submit("demo-department", key, body, true)
        .statusCode(422)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/idempotency-key-reused"));
  }

  @Test
  void keysAreScopedPerClient() {
    String key = "scoped-" + UUID.randomUUID();
    submit("demo-department", key, body(1), false).statusCode(200);
    submit("demo-county-gaotai", key, countyBody(), false)
        .statusCode(200)
        .body("counts.created", equalTo(1));
  }

  @Test
  void aRetryWhileTheFirstRequestRunsIsAConflict() throws Exception {
    String key = "running-" + UUID.randomUUID();
    String body = body(1);
    TestDatabase.execute(
        "INSERT INTO submission (id, client_id, idempotency_key, fingerprint, media_type, atomic,"
            + " status, record_count, body_bytes, lease_owner, lease_until)"
            + " VALUES (?, 'demo-department', ?, ?, ?, false, 'PROCESSING', 1, ?, 'another-replica',"
            + " now() + interval '1 hour')",
        UUID.randomUUID(),
        key,
        fingerprint(body, false),
        NDJSON,
        (long) body.getBytes(StandardCharsets.UTF_8).length);

    submit("demo-department", key, body, false)
        .statusCode(409)
        .header("Retry-After", notNullValue())
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/request-in-progress"));
  }

  @Test
  void aRetryCompletesASubmissionWhoseOwnerIsGone() throws Exception {
    String key = "abandoned-" + UUID.randomUUID();
    String body = body(3);
    UUID id = UUID.randomUUID();
    TestDatabase.execute(
        "INSERT INTO submission (id, client_id, idempotency_key, fingerprint, media_type, atomic,"
            + " status, record_count, body_bytes, lease_owner, lease_until)"
            + " VALUES (?, 'demo-department', ?, ?, ?, false, 'RECEIVED', 3, ?, 'a-crashed-replica',"
            + " now() - interval '1 minute')",
        id,
        key,
        fingerprint(body, false),
        NDJSON,
        (long) body.getBytes(StandardCharsets.UTF_8).length);
    TestDatabase.execute(
        "INSERT INTO submission_payload (submission_id, part, bytes) VALUES (?, 0, ?)",
        id,
        body.getBytes(StandardCharsets.UTF_8));

    ValidatableResponse answer = submit("demo-department", key, body, false);
    for (int attempt = 0;
        answer.extract().statusCode() == 409 && attempt < 50;
        attempt++, Thread.sleep(200)) {
      answer = submit("demo-department", key, body, false);
    }
    answer
        .statusCode(200)
        .body("id", equalTo(id.toString()))
        .body("status", equalTo("COMPLETED"))
        .body("counts.created", equalTo(3));
    assertEquals(
        3,
        TestDatabase.count("SELECT count(*) FROM credit_record WHERE last_submission_id = ?", id));
    assertEquals(
        0,
        TestDatabase.count("SELECT count(*) FROM submission_payload WHERE submission_id = ?", id));
  }

  @Test
  void aMalformedKeyIsRefused() {
    submit("demo-department", "with space", body(1), false)
        .statusCode(400)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/invalid-idempotency-key"));
  }

  private static ValidatableResponse submit(
      String client, String key, String body, boolean atomic) {
    return as(client)
        .contentType(NDJSON)
        .header("Idempotency-Key", key)
        .queryParam("atomic", atomic)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then();
  }

  private static String body(int records) {
    String company = TestRecords.newEnterprise("620702");
    return TestRecords.ndjson(
        java.util.stream.IntStream.range(0, records)
            .mapToObj(i -> TestRecords.penalty(TestRecords.sourceRef("idem"), company, "示例公司"))
            .toList());
  }

  private static String countyBody() {
    return TestRecords.ndjson(
        List.of(
            TestRecords.penalty(
                TestRecords.sourceRef("idem"), TestRecords.newEnterprise("620724"), "高台示例公司")));
  }

  private static byte[] fingerprint(String body, boolean atomic) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(
        (NDJSON + "\n" + (atomic ? "atomic" : "per-record") + "\n")
            .getBytes(StandardCharsets.UTF_8));
    return digest.digest(body.getBytes(StandardCharsets.UTF_8));
  }
}
