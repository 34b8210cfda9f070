package cn.gov.zhangye.credit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecordValidationResourceTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPES = "https://credit.zhangye.gov.cn/problems/";
  private static final String PENALTY_VALIDATION =
      "/api/v1/catalog/record-types/ADMIN_PENALTY/validation";

  @Test
  void validRecordPasses() {
    given()
        .contentType(ContentType.JSON)
        .body(CatalogExamples.PENALTY)
        .post(PENALTY_VALIDATION)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("valid", equalTo(true));
  }

  @Test
  void invalidRecordIsAProblemListingEachViolationInTheCallersTerms() {
    given()
        .contentType(ContentType.JSON)
        .body(CatalogExamples.PENALTY_BY_CHINESE_NAMES)
        .post(PENALTY_VALIDATION)
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "validation-failed"))
        .body("detail", equalTo("请求数据有 2 处错误，详见 errors。"))
        .body("errors.pointer", contains("/fields/处罚决定日期", "/fields/CF_NR_FK"))
        .body("errors.code", contains("pattern", "required"))
        .body(
            "errors.message",
            contains(
                "“处罚决定日期”（CF_JDRQ）应为日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。",
                "处罚类别含罚款时，必须填写“罚款金额（万元）”（CF_NR_FK）。"));
  }

  @Test
  void violationsAreExplainedInEnglish() {
    given()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body(
            """
            {"subjectKind": "PERSON", "fields": {"YC_ZTMC": "张掖市甘州区祁连商贸有限公司", "YC_LRRQ": "2026-07-01"}}
            """)
        .post("/api/v1/catalog/record-types/ABNORMAL_OPERATION/validation")
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .header("Content-Language", "en")
        .body("title", equalTo("Validation failed"))
        .body(
            "errors.pointer",
            contains(
                "/subjectKind",
                "/fields/YC_LXDM",
                "/fields/YC_ZTLB",
                "/fields/YC_SHXYM",
                "/fields/YC_LRYY",
                "/fields/YC_LRJG"))
        .body(
            "errors[0].message",
            equalTo(
                "Record type “经营异常名录” (ABNORMAL_OPERATION, Abnormal-operation list) does not"
                    + " apply to subject kind PERSON."))
        .body(
            "errors[1].message", equalTo("Required field “名单类型” (YC_LXDM, List type) is missing."));
  }

  @Test
  void missingMembersAreViolations() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post(PENALTY_VALIDATION)
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("errors.pointer", contains("/subjectKind", "/fields"))
        .body("errors.code", contains("required", "required"));
  }

  @Test
  void unknownSubjectKindIsMalformed() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"subjectKind\": \"COMPANY\", \"fields\": {}}")
        .post(PENALTY_VALIDATION)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "malformed-request"))
        .body("errors.pointer", contains("/subjectKind"));
  }

  @Test
  void unknownRecordTypeIsAProblem() {
    given()
        .contentType(ContentType.JSON)
        .body(CatalogExamples.PENALTY)
        .post("/api/v1/catalog/record-types/ADMIN_FINE/validation")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "unknown-record-type"));
  }
}
