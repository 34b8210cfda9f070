package cn.gov.zhangye.credit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPES = "https://credit.zhangye.gov.cn/problems/";

  @Test
  void catalogueVersionIsShown() {
    given()
        .get("/api/v1/catalog")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("version", equalTo("2024.2"))
        .body("basisZh", equalTo("全国公共信用信息基础目录（2024年版）"))
        .body("effectiveDate", equalTo("2026-04-01"))
        .body("publicationClasses.class", contains("MINOR", "GENERAL", "SERIOUS"))
        .body("publicationClasses.maxMonths", contains(3, 12, 36))
        .body("recordTypeCount", equalTo(8))
        .body("listTypeCount", equalTo(10));
  }

  @Test
  void recordTypesAreSummarised() {
    given()
        .get("/api/v1/catalog/record-types")
        .then()
        .statusCode(200)
        .body("code", hasSize(8))
        .body("code", hasItems("ADMIN_LICENCE", "ADMIN_PENALTY", "RED_LIST", "BLACK_LIST"))
        .body("find { it.code == 'ADMIN_LICENCE' }.nameZh", equalTo("行政许可"))
        .body("find { it.code == 'ADMIN_LICENCE' }.publication.class", equalTo("NONE"))
        .body("find { it.code == 'ADMIN_LICENCE' }.publication", not(hasKey("maxMonths")))
        .body("find { it.code == 'BLACK_LIST' }.publication.maxMonths", equalTo(36))
        .body("find { it.code == 'BLACK_LIST' }.repairable", equalTo(true))
        .body("find { it.code == 'BAD_RECORD' }.sharing", equalTo("CONDITIONAL"))
        .body("find { it.code == 'ABNORMAL_OPERATION' }.subjectKinds", contains("ORGANISATION"));
  }

  @Test
  void recordTypeIsShownInFullWithFieldsAndSchema() {
    given()
        .get("/api/v1/catalog/record-types/ADMIN_PENALTY")
        .then()
        .statusCode(200)
        .body("nameEn", equalTo("Administrative penalty"))
        .body("decisionDateField", equalTo("CF_JDRQ"))
        .body("fields", hasSize(30))
        .body("fields.find { it.code == 'CF_JDRQ' }.nameZh", equalTo("处罚决定日期"))
        .body("fields.find { it.code == 'CF_JDRQ' }.required", equalTo(true))
        .body("fields.find { it.code == 'CF_NR_FK' }.required", equalTo(false))
        .body("schema.'$schema'", equalTo("https://json-schema.org/draft/2020-12/schema"))
        .body("schema.properties.CF_CFLB.type", equalTo("array"));
  }

  @Test
  void unknownRecordTypeIsAProblem() {
    given()
        .get("/api/v1/catalog/record-types/ADMIN_FINE")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "unknown-record-type"))
        .body("title", equalTo("记录类型不存在"))
        .body("detail", equalTo("公共信用信息目录中没有代码为 ADMIN_FINE 的记录类型。"));
  }

  @Test
  void unknownRecordTypeIsExplainedInEnglish() {
    given()
        .header("Accept-Language", "en")
        .get("/api/v1/catalog/record-types/ADMIN_FINE")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("title", equalTo("Unknown record type"))
        .body(
            "detail",
            equalTo("The public credit information catalogue has no record type ADMIN_FINE."));
  }

  @Test
  void listTypesAreListedAndFilteredByKind() {
    given().get("/api/v1/catalog/list-types").then().statusCode(200).body("code", hasSize(10));
    given()
        .queryParam("kind", "RED")
        .get("/api/v1/catalog/list-types")
        .then()
        .statusCode(200)
        .body("code", contains("STA_A_GRADE_TAXPAYER", "GACC_ADVANCED_CERTIFIED"))
        .body("recordType", contains("RED_LIST", "RED_LIST"));
    given()
        .queryParam("kind", "BLACK")
        .get("/api/v1/catalog/list-types")
        .then()
        .statusCode(200)
        .body("code", hasSize(7))
        .body(
            "find { it.code == 'SPC_DISHONEST_JUDGMENT_DEBTOR' }.authorityNameZh",
            equalTo("最高人民法院"));
    given()
        .queryParam("kind", "WATCH")
        .get("/api/v1/catalog/list-types")
        .then()
        .body("code", contains("SAMR_ABNORMAL_OPERATION"));
  }

  @Test
  void unknownListKindIsAProblem() {
    given()
        .queryParam("kind", "GREEN")
        .get("/api/v1/catalog/list-types")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "malformed-request"))
        .body("errors.pointer", contains("kind"))
        .body("errors.message", contains("参数 kind 的值“GREEN”无效，可选值：RED / BLACK / WATCH。"));
  }
}
