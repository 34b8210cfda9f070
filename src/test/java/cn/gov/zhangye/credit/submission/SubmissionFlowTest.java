package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static cn.gov.zhangye.credit.testing.TestRecords.fields;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department submits, reads its results, corrects and revokes, through real HTTP. */
@QuarkusTest
class SubmissionFlowTest {

  private static final String DEPARTMENT = "demo-department";

  @Test
  void validRecordsAreAcceptedAndInvalidOnesReportedWithTheirPlace() {
    String company = TestRecords.newEnterprise("620702");
    ObjectNode first =
        TestRecords.penalty(TestRecords.sourceRef("flow"), company, "张掖市甘州区示例商贸有限公司");
    ObjectNode second =
        TestRecords.licence(TestRecords.sourceRef("flow"), company, "张掖市甘州区示例商贸有限公司");
    ObjectNode future =
        TestRecords.penalty(TestRecords.sourceRef("flow"), company, "张掖市甘州区示例商贸有限公司");
    fields(future).put("CF_JDRQ", LocalDate.now().plusDays(30).toString());

    String id =
        submit(TestRecords.jsonArray(List.of(first, second, future)), "application/json")
            .statusCode(200)
            .body("status", equalTo("COMPLETED"))
            .body("records", equalTo(3))
            .body("counts.created", equalTo(2))
            .body("counts.rejected", equalTo(1))
            .body("counts.accepted", equalTo(2))
            .body("errors", hasSize(1))
            .body("errors[0].index", equalTo(2))
            .body("errors[0].sourceRef", equalTo(future.get("sourceRef").asText()))
            .body("errors[0].pointer", equalTo("/fields/CF_JDRQ"))
            .extract()
            .path("id");

    as(DEPARTMENT)
        .get("/api/v1/submissions/" + id)
        .then()
        .statusCode(200)
        .body("counts.created", equalTo(2));
    as(DEPARTMENT)
        .header("Accept-Language", "en")
        .get("/api/v1/submissions/" + id + "/errors")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].line", equalTo(1))
        .body("next", nullValue());
    assertTrue(
        as(DEPARTMENT)
            .get("/api/v1/submissions?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", String.class)
            .contains(id));
  }

  @Test
  void theSameRecordAgainIsANoOpAndAChangedOneACorrection() {
    String ref = TestRecords.sourceRef("correct");
    ObjectNode record = TestRecords.penalty(ref, TestRecords.newEnterprise("620702"), "张掖示例公司");
    submit(TestRecords.ndjson(List.of(record)), "application/x-ndjson")
        .statusCode(200)
        .body("counts.created", equalTo(1));
    submit(TestRecords.ndjson(List.of(record)), "application/x-ndjson")
        .statusCode(200)
        .body("counts.unchanged", equalTo(1))
        .body("counts.created", equalTo(0));

    fields(record).put("CF_NR_FK", 3);
    fields(record).put("CF_NR", "罚款人民币叁万元整");
    submit(TestRecords.ndjson(List.of(record)), "application/x-ndjson")
        .statusCode(200)
        .body("counts.corrected", equalTo(1));

    as(DEPARTMENT)
        .get("/api/v1/records/ADMIN_PENALTY/" + ref)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("status", equalTo("ACTIVE"))
        .body("fields.CF_NR_FK", equalTo(3))
        .body("history", hasSize(2))
        .body("history[0].change", equalTo("CORRECTED"))
        .body("history[1].change", equalTo("CREATED"))
        .body("history[1].fields.CF_NR_FK", equalTo(2));
    assertEquals(2, journalEntries(ref, ""));
    assertEquals(2, journalEntries(ref, " AND j.published"));
  }

  @Test
  void aRevokedRecordLeavesTheOutputsButKeepsItsHistory() {
    String ref = TestRecords.sourceRef("revoke");
    submit(
            TestRecords.jsonArray(
                List.of(TestRecords.penalty(ref, TestRecords.newEnterprise("620702"), "示例公司"))),
            "application/json")
        .statusCode(200);

    revoke(ref, "处罚决定已被行政复议撤销")
        .statusCode(200)
        .body("status", equalTo("REVOKED"))
        .body("version", equalTo(2))
        .body("history[0].change", equalTo("REVOKED"))
        .body("history[0].reason", equalTo("处罚决定已被行政复议撤销"));
    revoke(ref, "再次撤销").statusCode(200).body("version", equalTo(2));
    assertEquals(2, journalEntries(ref, ""));

    submit(
            TestRecords.jsonArray(
                List.of(TestRecords.penalty(ref, TestRecords.newEnterprise("620702"), "示例公司"))),
            "application/json")
        .statusCode(200)
        .body("counts.rejected", equalTo(1))
        .body("errors[0].code", equalTo("record-revoked"));
  }

  @Test
  void aRevocationNeedsAReasonAndARecordOfTheCaller() {
    as(DEPARTMENT)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \" \"}")
        .post("/api/v1/records/ADMIN_PENALTY/whatever/revocation")
        .then()
        .statusCode(422)
        .body("errors[0].pointer", equalTo("/reason"));
    revoke("no-such-record", "原因").statusCode(404);
  }

  @Test
  void anotherClientCannotSeeTheSubmissionOrTheRecord() {
    String ref = TestRecords.sourceRef("private");
    String id =
        submit(
                TestRecords.jsonArray(
                    List.of(
                        TestRecords.penalty(ref, TestRecords.newEnterprise("620725"), "山丹示例公司"))),
                "application/json")
            .statusCode(200)
            .extract()
            .path("id");
    as("demo-county-shandan").get("/api/v1/submissions/" + id).then().statusCode(404);
    as("demo-county-shandan").get("/api/v1/records/ADMIN_PENALTY/" + ref).then().statusCode(404);
    as("demo-agency").get("/api/v1/submissions/" + id).then().statusCode(403);
  }

  @Test
  void aPersonsIdentityNumberAndNameAreNeverStoredInClearText() {
    String identity = TestCodes.identityNumber("620702", "19850612", 123);
    String ref = TestRecords.sourceRef("person");
    submit(
            TestRecords.jsonArray(List.of(TestRecords.personPenalty(ref, identity, "欧阳明远"))),
            "application/json")
        .statusCode(200)
        .body("counts.created", equalTo(1));

    as(DEPARTMENT)
        .get("/api/v1/records/ADMIN_PENALTY/" + ref)
        .then()
        .statusCode(200)
        .body("subject.kind", equalTo("PERSON"))
        .body("subject.code", equalTo(TestCodes.masked(identity)))
        .body("subject.name", equalTo("欧阳**"))
        .body("fields.CF_XDR_ZJHM", equalTo(TestCodes.masked(identity)))
        .body("fields.CF_XDR_MC", equalTo("欧阳**"));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT count(*) FROM credit_record_version"
                + " WHERE fields::text LIKE ? OR fields::text LIKE ?",
            "%" + identity + "%",
            "%欧阳明远%"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM natural_person WHERE identity_masked = ?",
            TestCodes.masked(identity)));
  }

  private static ValidatableResponse submit(String body, String type) {
    return as(DEPARTMENT)
        .contentType(type)
        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then();
  }

  private static ValidatableResponse revoke(String ref, String reason) {
    return as(DEPARTMENT)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"" + reason + "\"}")
        .post("/api/v1/records/ADMIN_PENALTY/" + ref + "/revocation")
        .then();
  }

  private static long journalEntries(String ref, String condition) {
    return TestDatabase.count(
        "SELECT count(*) FROM record_change j JOIN credit_record c ON c.id = j.record_id"
            + " WHERE c.source_ref = ?"
            + condition,
        ref);
  }
}
