package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN_DIVISION;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Profiles and records of organisations as agencies see them, over real HTTP. */
@QuarkusTest
class SubjectQueryTest {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";

  @Test
  void publicRecordsAreVisibleToEveryAgencyAndConditionalOnesOnlyWhenGranted() {
    String company = TestRecords.newEnterprise(SHANDAN_DIVISION);
    submit(
        DEPARTMENT,
        TestRecords.penalty(TestRecords.sourceRef("q-pub"), company, "山丹示例商贸有限公司"),
        TestRecords.licence(TestRecords.sourceRef("q-pub"), company, "山丹示例商贸有限公司"));
    submit(
        SHANDAN,
        QueryFixtures.badRecord(TestRecords.sourceRef("q-cond"), company, "山丹示例商贸有限公司"),
        QueryFixtures.creditRating(TestRecords.sourceRef("q-cond"), company, "山丹示例商贸有限公司"));

    profile(AGENCY, company)
        .statusCode(200)
        .body("code", equalTo(company))
        .body("kind", equalTo("ORGANISATION"))
        .body("name", equalTo("山丹示例商贸有限公司"))
        .body("region.code", equalTo(SHANDAN_DIVISION))
        .body("region.name.zh", equalTo("山丹县"))
        .body("registration.category", equalTo("法人及非法人组织"))
        .body("registration.registrationAuthority.code", equalTo("9"))
        .body("recordCounts.ADMIN_PENALTY", equalTo(1))
        .body("recordCounts.ADMIN_LICENCE", equalTo(1))
        .body("recordCounts.BAD_RECORD", equalTo(1))
        .body("recordCounts.CREDIT_RATING", equalTo(1))
        .body("flags.blackList", equalTo(false))
        .body("flags.underObjection", equalTo(false))
        .body("lastChangedAt", notNullValue());
    profile(BASIC_AGENCY, company)
        .statusCode(200)
        .body("recordCounts.ADMIN_PENALTY", equalTo(1))
        .body("recordCounts.BAD_RECORD", nullValue())
        .body("recordCounts.CREDIT_RATING", nullValue());

    records(AGENCY, company, "")
        .statusCode(200)
        .body(
            "items.recordType",
            containsInAnyOrder("ADMIN_PENALTY", "ADMIN_LICENCE", "BAD_RECORD", "CREDIT_RATING"));
    records(BASIC_AGENCY, company, "")
        .statusCode(200)
        .body("items.recordType", containsInAnyOrder("ADMIN_PENALTY", "ADMIN_LICENCE"));
    records(AGENCY, company, "?type=BAD_RECORD")
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].fields.BL_XWMS", equalTo("拖欠农民工工资"));
    records(BASIC_AGENCY, company, "?type=BAD_RECORD")
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "record-type-not-granted"));
    records(BASIC_AGENCY, company, "?type=NO_SUCH_TYPE")
        .statusCode(400)
        .body("errors[0].pointer", equalTo("type"));
  }

  @Test
  void aSubjectWithOnlyUngrantedRecordsIsNotFoundExactlyAsAnUnknownOne() {
    String company = TestRecords.newEnterprise(SHANDAN_DIVISION);
    submit(SHANDAN, QueryFixtures.badRecord(TestRecords.sourceRef("q-hidden"), company, "山丹隐藏公司"));
    profile(AGENCY, company).statusCode(200).body("recordCounts.BAD_RECORD", equalTo(1));

    String hidden = profile(BASIC_AGENCY, company).statusCode(404).extract().body().asString();
    String unknown =
        profile(BASIC_AGENCY, TestRecords.newEnterprise("620702"))
            .statusCode(404)
            .extract()
            .body()
            .asString();
    assertEquals(withoutRequestFields(unknown), withoutRequestFields(hidden));
    records(BASIC_AGENCY, company, "").statusCode(404);
  }

  @Test
  void revokedAndExpiredRecordsAreNeverShown() {
    String company = TestRecords.newEnterprise("620702");
    String revoked = TestRecords.sourceRef("q-revoked");
    submit(
        DEPARTMENT,
        TestRecords.licence(TestRecords.sourceRef("q-kept"), company, "甘州示例公司"),
        TestRecords.penalty(revoked, company, "甘州示例公司"),
        QueryFixtures.expiredPenalty(TestRecords.sourceRef("q-expired"), company, "甘州示例公司"));
    QueryFixtures.revoke(DEPARTMENT, "ADMIN_PENALTY", revoked);

    records(AGENCY, company, "")
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].recordType", equalTo("ADMIN_LICENCE"));
    profile(AGENCY, company)
        .statusCode(200)
        .body("recordCounts.ADMIN_LICENCE", equalTo(1))
        .body("recordCounts.ADMIN_PENALTY", nullValue());
  }

  @Test
  void aCorrectionShowsTheLatestVersionAndInvalidatesTheCache() {
    String company = TestRecords.newEnterprise("620702");
    String ref = TestRecords.sourceRef("q-correct");
    ObjectNode penalty = TestRecords.penalty(ref, company, "甘州更正公司");
    submit(DEPARTMENT, penalty);
    records(AGENCY, company, "")
        .statusCode(200)
        .body("items[0].version", equalTo(1))
        .body("items[0].fields.CF_NR_FK", equalTo(2));

    TestRecords.fields(penalty).put("CF_NR_FK", 3);
    TestRecords.fields(penalty).put("CF_NR", "罚款人民币叁万元整");
    submit(DEPARTMENT, penalty);

    records(AGENCY, company, "")
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].version", equalTo(2))
        .body("items[0].fields.CF_NR_FK", equalTo(3));
  }

  @Test
  void aRevocationLeavesTheCachedAnswersAtOnce() {
    String company = TestRecords.newEnterprise("620702");
    String ref = TestRecords.sourceRef("q-revoke-cache");
    submit(DEPARTMENT, QueryFixtures.abnormalOperation(ref, company, "甘州异常公司"));
    profile(AGENCY, company)
        .statusCode(200)
        .body("flags.blackList", equalTo(true))
        .body("recordCounts.ABNORMAL_OPERATION", equalTo(1));
    records(AGENCY, company, "").statusCode(200).body("items", hasSize(1));

    QueryFixtures.revoke(DEPARTMENT, "ABNORMAL_OPERATION", ref);

    profile(AGENCY, company).statusCode(404);
    records(AGENCY, company, "").statusCode(404);
  }

  @Test
  void aNewRecordOfACachedSubjectIsShownAtOnce() {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("q-new"), company, "甘州新增公司"));
    profile(AGENCY, company).statusCode(200).body("recordCounts.ADMIN_PENALTY", nullValue());

    submit(DEPARTMENT, TestRecords.penalty(TestRecords.sourceRef("q-new"), company, "甘州新增公司"));

    profile(AGENCY, company).statusCode(200).body("recordCounts.ADMIN_PENALTY", equalTo(1));
  }

  @Test
  void recordsArePagedNewestDecisionFirstWithinTheMaximumPageSize() {
    String company = TestRecords.newEnterprise("620702");
    // Read once: the dates asserted are the dates sent, even across midnight.
    java.time.LocalDate tenDaysAgo = java.time.LocalDate.now().minusDays(10);
    ObjectNode[] licences = new ObjectNode[5];
    for (int i = 0; i < licences.length; i++) {
      licences[i] = TestRecords.licence(TestRecords.sourceRef("q-page"), company, "甘州分页公司");
      TestRecords.fields(licences[i])
          .put("XK_JDRQ", tenDaysAgo.minusDays(i).toString())
          .put("XK_YXQZ", tenDaysAgo.minusDays(i).toString());
    }
    submit(DEPARTMENT, licences);

    String next =
        records(AGENCY, company, "?size=2")
            .statusCode(200)
            .body("items", hasSize(2))
            .body("items[0].decisionDate", equalTo(tenDaysAgo.toString()))
            .extract()
            .path("next");
    String last =
        records(AGENCY, company, "?size=2&cursor=" + next)
            .statusCode(200)
            .body("items", hasSize(2))
            .body("items[0].decisionDate", equalTo(tenDaysAgo.minusDays(2).toString()))
            .extract()
            .path("next");
    records(AGENCY, company, "?size=2&cursor=" + last)
        .statusCode(200)
        .body("items", hasSize(1))
        .body("next", nullValue());
    records(AGENCY, company, "?from=" + tenDaysAgo.minusDays(1))
        .statusCode(200)
        .body("items", hasSize(2));

    records(AGENCY, company, "?size=1001")
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "malformed-request"))
        .body("errors[0].pointer", equalTo("size"));
    records(AGENCY, company, "?cursor=not-a-cursor").statusCode(400);
    records(AGENCY, company, "?from=2026-13-01").statusCode(400);
  }

  @Test
  void aMalformedCodeIsRefusedWithTheReason() {
    String wrongCheck = TestCodes.withWrongCheck(TestRecords.newEnterprise("620702"));
    profile(AGENCY, wrongCheck)
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "invalid-subject-code"))
        .body("errors.code", hasItem("credit-code.check-character"));
    profile(AGENCY, "91620702")
        .statusCode(400)
        .body("errors[0].code", equalTo("credit-code.length"));
    profile(AGENCY, TestCodes.withWrongCheck(TestCodes.identityNumber("620702", "19850612", 7)))
        .statusCode(400)
        .body(
            "errors.code",
            containsInAnyOrder("identity-number.check-character", "credit-code.check-character"));
  }

  @Test
  void onlyAgenciesMayQuery() {
    profile(DEPARTMENT, TestRecords.newEnterprise("620702")).statusCode(403);
    io.restassured.RestAssured.given()
        .get("/api/v1/subjects/" + TestRecords.newEnterprise("620702"))
        .then()
        .statusCode(401);
  }

  private static ValidatableResponse profile(String client, String code) {
    return as(client).get("/api/v1/subjects/" + code).then();
  }

  private static ValidatableResponse records(String client, String code, String query) {
    return as(client).get("/api/v1/subjects/" + code + "/records" + query).then();
  }

  /** A problem body without the members that name the request (its path and id). */
  private static String withoutRequestFields(String problem) {
    return problem
        .replaceAll("\"instance\":\"[^\"]*\",?", "")
        .replaceAll("\"requestId\":\"[^\"]*\",?", "");
  }
}
