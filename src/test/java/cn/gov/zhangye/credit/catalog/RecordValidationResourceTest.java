package cn.gov.zhangye.credit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
  void badCheckCharacterOfACreditCodeIsReported() {
    ObjectNode penalty = SampleRecords.penalty();
    penalty.put("CF_XDR_SHXYM", "91620702MA72TQ3P4X");

    validating(penalty, "ORGANISATION", PENALTY_VALIDATION)
        .body("errors.pointer", contains("/fields/CF_XDR_SHXYM"))
        .body("errors.code", contains("credit-code.check-character"))
        .body(
            "errors[0].message",
            equalTo(
                "“统一社会信用代码”（CF_XDR_SHXYM）不是有效的统一社会信用代码：校验未通过：按前 17 位计算，第 18 位校验码应为“L”，实际为“X”。请逐位核对。"));
  }

  @Test
  void impossibleBirthDateInAPersonsIdIsReported() {
    ObjectNode penalty = SampleRecords.personPenalty();
    penalty.put("证件号码", "620702199902311236");
    penalty.remove("CF_XDR_ZJHM");

    validating(penalty, "PERSON", PENALTY_VALIDATION)
        .body("errors.pointer", contains("/fields/证件号码"))
        .body("errors.code", contains("identity-number.birth-date"))
        .body(
            "errors[0].message", equalTo("“证件号码”（CF_XDR_ZJHM）不是有效的公民身份号码：第 7–14 位的出生日期不是真实存在的日期。"));
  }

  @Test
  void futureDecisionDateIsReported() {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    ObjectNode penalty = SampleRecords.penalty();
    penalty.put("CF_JDRQ", tomorrow.toString());
    penalty.put("CF_YXQ", tomorrow.plusYears(1).toString());

    validating(penalty, "ORGANISATION", PENALTY_VALIDATION)
        .body("errors.pointer", contains("/fields/CF_JDRQ"))
        .body("errors.code", contains("future-date"));
  }

  @Test
  void validUntilBeforeValidFromIsReported() {
    ObjectNode licence = SampleRecords.licence();
    licence.put("XK_YXQZ", "2026-05-01");
    licence.put("XK_YXQZI", "2026-04-30");

    validating(licence, "ORGANISATION", "/api/v1/catalog/record-types/ADMIN_LICENCE/validation")
        .body("errors.pointer", contains("/fields/XK_YXQZI"))
        .body("errors.code", contains("date-order"))
        .body("errors[0].message", equalTo("“有效期至”（XK_YXQZI）不能早于“有效期自”（XK_YXQZ）。"));
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

  private static ValidatableResponse validating(
      ObjectNode fields, String subjectKind, String path) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("subjectKind", subjectKind);
    body.set("fields", fields);
    return given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post(path)
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "validation-failed"));
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
