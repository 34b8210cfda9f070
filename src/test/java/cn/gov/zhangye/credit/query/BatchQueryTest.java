package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static cn.gov.zhangye.credit.testing.TestCodes.masked;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.PersonLookups;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batch queries: per-code answers in one 200, at most 100 distinct codes. */
@QuarkusTest
class BatchQueryTest {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";

  @Test
  void eachCodeGetsItsProfileOrItsProblemInOneAnswer() {
    String known = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("b"), known, "批量查询公司"));
    String unknown = TestRecords.newEnterprise("620702");
    String malformed = TestCodes.withWrongCheck(TestRecords.newEnterprise("620702"));
    String person = TestCodes.identityNumber("620702", "19800101", 11);

    batch(AGENCY, List.of(known, malformed, unknown, person))
        .statusCode(200)
        .body("results", hasSize(4))
        .body("results[0].status", equalTo(200))
        .body("results[0].code", equalTo(known))
        .body("results[0].profile.name", equalTo("批量查询公司"))
        .body("results[0].problem", nullValue())
        .body("results[1].status", equalTo(400))
        .body("results[1].code", equalTo(masked(malformed)))
        .body("results[1].problem.type", equalTo(PROBLEMS + "invalid-subject-code"))
        .body("results[1].problem.errors[0].pointer", equalTo("/codes/1"))
        .body("results[2].status", equalTo(404))
        .body("results[2].problem.type", equalTo(PROBLEMS + "not-found"))
        .body("results[3].status", equalTo(400))
        .body("results[3].code", equalTo(masked(person)))
        .body("results[3].problem.type", equalTo(PROBLEMS + "person-query-incomplete"));
  }

  @Test
  void aHundredCodesAreAnsweredAndAHundredAndOneRefused() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      codes.add(TestRecords.newEnterprise("620702"));
    }
    batch(AGENCY, codes.subList(0, 100)).statusCode(200).body("results", hasSize(100));
    batch(AGENCY, codes).statusCode(400).body("type", equalTo(PROBLEMS + "batch-too-large"));
  }

  @Test
  void aCodeGivenTwiceIsNamed() {
    String code = TestRecords.newEnterprise("620702");
    batch(AGENCY, List.of(code, TestRecords.newEnterprise("620702"), " " + code.toLowerCase()))
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "duplicate-codes"))
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo("/codes/2"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString(code));
    batch(AGENCY, List.of()).statusCode(400);
  }

  @Test
  void eachPersonOfABatchNeedsAConsentReferenceOfItsOwn() {
    String first = TestCodes.identityNumber("620702", "19810202", 21);
    String second = TestCodes.identityNumber("620702", "19820303", 22);
    submit(DEPARTMENT, TestRecords.personPenalty(TestRecords.sourceRef("bp"), first, "批一"));
    submit(DEPARTMENT, TestRecords.personPenalty(TestRecords.sourceRef("bp"), second, "批二"));
    String handle = PersonLookups.handle(AGENCY, first);

    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .header("Consent-Reference", "AUTH-ONE-FOR-ALL")
        .contentType(ContentType.JSON)
        .body(Map.of("codes", List.of(handle, second)))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "consent-reference-per-person"));
    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "codes",
                List.of(handle, second),
                "consentReferences",
                Map.of(handle, "AUTH-SAME", second, "AUTH-SAME")))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "consent-reference-per-person"))
        .body("errors[0].pointer", equalTo("/codes/1"));

    String requestId = "batch-consents-" + System.nanoTime();
    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .header("X-Request-Id", requestId)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "codes",
                List.of(handle, second),
                "consentReferences",
                Map.of(handle, "AUTH-FIRST", second, "AUTH-SECOND")))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(200)
        .body("results[0].status", equalTo(200))
        .body("results[0].code", equalTo(handle))
        .body("results[0].profile.code", equalTo(masked(first)))
        .body("results[0].profile.subject", equalTo(handle))
        .body("results[1].status", equalTo(200))
        .body("results[1].code", equalTo(masked(second)))
        .body("results[1].profile.subject", equalTo(PersonLookups.handle(AGENCY, second)));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE request_id = ?"
                + " AND consent_reference = 'AUTH-FIRST AUTH-SECOND'",
            requestId));

    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .header("Consent-Reference", "AUTH-SINGLE")
        .contentType(ContentType.JSON)
        .body(Map.of("codes", List.of(first, TestRecords.newEnterprise("620702"))))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(200)
        .body("results[0].status", equalTo(200));
  }

  private static ValidatableResponse batch(String client, List<String> codes) {
    return as(client)
        .contentType(ContentType.JSON)
        .body(Map.of("codes", codes))
        .post("/api/v1/subjects/batch-query")
        .then();
  }
}
