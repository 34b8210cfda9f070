package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static cn.gov.zhangye.credit.testing.TestRecords.fields;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Atomic batches write all or nothing; batches over the synchronous size are stored, answered 202
 * and processed in chunks in the background. The test profile makes 400 records "large" and chunks
 * of 100.
 */
@QuarkusTest
class AtomicAndLargeSubmissionTest {

  private static final String NDJSON = "application/x-ndjson";

  @Test
  void anAtomicBatchWithOneBadRecordWritesNothing() {
    String prefix = "atomic-" + UUID.randomUUID();
    List<ObjectNode> records = records(prefix, 250);
    fields(records.get(180)).put("CF_JDRQ", "2026-02-30");

    String key = "atomic-" + UUID.randomUUID();
    submit(records, true, key)
        .statusCode(422)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/batch-rejected"))
        .body("errors[0].pointer", startsWith("/180/fields/CF_JDRQ"));
    assertEquals(0, written(prefix));
    submit(records, true, key).statusCode(422);

    fields(records.get(180)).put("CF_JDRQ", fields(records.get(0)).get("CF_JDRQ").asText());
    submit(records, true, "atomic-" + UUID.randomUUID())
        .statusCode(200)
        .body("counts.created", equalTo(250));
    assertEquals(250, written(prefix));
  }

  @Test
  void aLargeBatchIsAcceptedThenProcessedInTheBackground() throws InterruptedException {
    String prefix = "large-" + UUID.randomUUID();
    List<ObjectNode> records = records(prefix, 950);
    fields(records.get(512)).put("CF_XDR_LB", "不存在的类别");
    String key = "large-" + UUID.randomUUID();

    String location =
        submit(records, false, key)
            .statusCode(202)
            .body("records", equalTo(950))
            .extract()
            .header("Location");
    String status = "RECEIVED";
    for (int attempt = 0; !status.equals("COMPLETED") && attempt < 100; attempt++) {
      Thread.sleep(200);
      status = as("demo-department").get(location).then().statusCode(200).extract().path("status");
    }
    as("demo-department")
        .get(location)
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("counts.created", equalTo(949))
        .body("counts.rejected", equalTo(1))
        .body("errors[0].index", equalTo(512));
    assertEquals(949, written(prefix));
    submit(records, false, key).statusCode(200).body("counts.created", equalTo(949));
  }

  @Test
  void aLargeBatchShowsItsProgressWhileItIsProcessed() throws Exception {
    String prefix = "progress-" + UUID.randomUUID();
    String first = TestRecords.newEnterprise("620702");
    String second = TestRecords.newEnterprise("620702");
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String code = i < 100 ? first : second;
      records.add(TestRecords.penalty(prefix + "-" + i, code, "进度示例公司"));
    }
    // The second chunk stores its subject after this uncommitted one and waits for it.
    try (Connection holding = TestDatabase.connect()) {
      holding.setAutoCommit(false);
      try (PreparedStatement insert =
          holding.prepareStatement(
              "INSERT INTO legal_person (credit_code, name, category, division_code)"
                  + " VALUES (?, '进度示例公司', '法人及非法人组织', '620702')")) {
        insert.setString(1, second);
        insert.executeUpdate();
      }
      String location =
          submit(records, false, "progress-" + UUID.randomUUID())
              .statusCode(202)
              .extract()
              .header("Location");
      ValidatableResponse seen = null;
      for (int attempt = 0; attempt < 100; attempt++) {
        seen = as("demo-department").get(location).then().statusCode(200);
        if (seen.extract().<Integer>path("processed") > 0) {
          break;
        }
        Thread.sleep(50);
      }
      seen.body("status", equalTo("PROCESSING"))
          .body("processed", equalTo(100))
          .body("records", equalTo(500))
          .body("counts.created", equalTo(100));
      holding.rollback();
      String status = "PROCESSING";
      for (int attempt = 0; !status.equals("COMPLETED") && attempt < 100; attempt++) {
        Thread.sleep(200);
        status = as("demo-department").get(location).then().extract().path("status");
      }
      as("demo-department")
          .get(location)
          .then()
          .body("status", equalTo("COMPLETED"))
          .body("processed", equalTo(500));
    }
  }

  private static List<ObjectNode> records(String prefix, int count) {
    String company = TestRecords.newEnterprise("620702");
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(TestRecords.penalty(prefix + "-" + i, company, "示例公司"));
    }
    return records;
  }

  private static ValidatableResponse submit(List<ObjectNode> records, boolean atomic, String key) {
    return as("demo-department")
        .contentType(NDJSON)
        .header("Idempotency-Key", key)
        .queryParam("atomic", atomic)
        .body(TestRecords.ndjson(records).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then();
  }

  private static long written(String prefix) {
    return TestDatabase.count(
        "SELECT count(*) FROM credit_record WHERE source_ref LIKE ?", prefix + "-%");
  }
}
