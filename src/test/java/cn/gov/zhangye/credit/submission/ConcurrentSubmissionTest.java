package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.Concurrently;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Races over real HTTP: requests sent at the same moment, by one client, of one Idempotency-Key or
 * of one source reference. Whatever the interleaving, no answer is a 500 and nothing is stored
 * twice.
 */
@QuarkusTest
class ConcurrentSubmissionTest {

  private static final String CLIENT = "demo-department";
  private static final int CALLS = 8;
  private static final String IN_PROGRESS =
      "https://credit.zhangye.gov.cn/problems/request-in-progress";

  @Test
  void requestsWithOneKeyAtOnceMakeOneSubmission() throws Exception {
    String key = "race-" + UUID.randomUUID();
    String company = TestRecords.newEnterprise("620702");
    List<String> refs =
        List.of(TestRecords.sourceRef("race-key"), TestRecords.sourceRef("race-key"));
    String body =
        TestRecords.ndjson(
            refs.stream().map(ref -> TestRecords.penalty(ref, company, "竞速公司")).toList());
    Callers.token(CLIENT);

    List<Response> answers = Concurrently.run(CALLS, call -> submit(key, body));

    for (Response answer : answers) {
      assertTrue(
          answer.statusCode() == 200 || answer.statusCode() == 409,
          answer.statusCode() + " " + answer.asString());
      if (answer.statusCode() == 409) {
        assertEquals(IN_PROGRESS, answer.path("type"));
        assertNotNull(answer.header("Retry-After"), "a 409 says when to retry");
      }
    }
    Set<String> ids =
        answers.stream()
            .filter(answer -> answer.statusCode() == 200)
            .map(answer -> answer.<String>path("id"))
            .collect(Collectors.toSet());
    assertEquals(1, ids.size(), "every 200 answers the one submission: " + ids);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM submission WHERE client_id = ? AND idempotency_key = ?",
            CLIENT,
            key));
    for (String ref : refs) {
      assertEquals(1, versions(ref), ref + " is written once");
    }
    submit(key, body)
        .then()
        .statusCode(200)
        .body("id", equalTo(ids.iterator().next()))
        .body("counts.created", equalTo(refs.size()));
  }

  @Test
  void submissionsOfOneSourceRefAtOnceMakeOneRecordWithAnUnbrokenHistory() throws Exception {
    String ref = TestRecords.sourceRef("race-ref");
    String company = TestRecords.newEnterprise("620702");
    Callers.token(CLIENT);

    List<Response> answers =
        Concurrently.run(
            CALLS,
            call -> {
              ObjectNode penalty = TestRecords.penalty(ref, company, "竞速公司");
              TestRecords.fields(penalty).put("CF_SY", "第 " + (call + 1) + " 稿：销售不合格产品。");
              return submit(null, TestRecords.ndjson(List.of(penalty)));
            });

    int created = 0;
    int corrected = 0;
    for (Response answer : answers) {
      assertEquals(200, answer.statusCode(), answer.asString());
      assertEquals(0, answer.<Integer>path("counts.rejected"), answer.asString());
      created += answer.<Integer>path("counts.created");
      corrected += answer.<Integer>path("counts.corrected");
    }
    assertEquals(1, created, "one submission created the record");
    assertEquals(CALLS - 1, corrected, "each other one corrected it");
    List<Integer> newestFirst =
        IntStream.rangeClosed(1, CALLS).map(i -> CALLS + 1 - i).boxed().toList();
    as(CLIENT)
        .get("/api/v1/records/ADMIN_PENALTY/" + ref)
        .then()
        .statusCode(200)
        .body("version", equalTo(CALLS))
        .body("history.version", equalTo(newestFirst))
        .body("history.change", contains(changes().toArray()));
    assertEquals(CALLS, versions(ref));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM credit_record WHERE source_client_id = ? AND source_ref = ?",
            CLIENT,
            ref));
  }

  /** CORRECTED for every version but the first, newest first. */
  private static List<String> changes() {
    List<String> changes = new ArrayList<>(Collections.nCopies(CALLS - 1, "CORRECTED"));
    changes.add("CREATED");
    return changes;
  }

  private static long versions(String ref) {
    return TestDatabase.count(
        "SELECT count(DISTINCT v.version) FROM credit_record_version v"
            + " JOIN credit_record c ON c.id = v.record_id"
            + " WHERE c.source_client_id = ? AND c.source_ref = ?",
        CLIENT,
        ref);
  }

  private static Response submit(String key, String body) {
    var request = as(CLIENT).contentType("application/x-ndjson");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/submissions");
  }
}
