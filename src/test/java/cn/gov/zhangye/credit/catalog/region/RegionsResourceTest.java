package cn.gov.zhangye.credit.catalog.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionsResourceTest {

  private static final String PATH = "/api/v1/catalog/regions";

  @Test
  void listsAllDivisionsInChineseByDefault() {
    given()
        .when()
        .get(PATH)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Content-Language", "zh-CN")
        .body("", hasSize(8))
        .body("[0].code", equalTo("620000"))
        .body("[0].name", equalTo("甘肃省"))
        .body("[0].level", equalTo("province"))
        .body("[0].parent", nullValue())
        .body("[0].pilot", equalTo(false));
  }

  @Test
  void listsTheDivisionsBelowAParentInEnglish() {
    given()
        .header("Accept-Language", "en")
        .queryParam("parent", "620700")
        .when()
        .get(PATH)
        .then()
        .statusCode(200)
        .body(
            "name",
            contains(
                "Ganzhou District",
                "Sunan Yugur Autonomous County",
                "Minle County",
                "Linze County",
                "Gaotai County",
                "Shandan County"))
        .body("pilot", contains(false, false, false, true, true, true))
        .body("level", contains("district", "county", "county", "county", "county", "county"));
  }

  @Test
  void listsNothingBelowADivisionOutsideTheCatalogue() {
    given()
        .queryParam("parent", "110000")
        .when()
        .get(PATH)
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void refusesAMalformedParent() {
    given()
        .queryParam("parent", "6207")
        .when()
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].pointer", equalTo("parent"))
        .body("errors[0].code", equalTo("format"))
        .body("errors[0].message", equalTo("上级区划代码应为 6 位数字。"));
  }
}
