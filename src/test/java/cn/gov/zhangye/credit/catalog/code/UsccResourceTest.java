package cn.gov.zhangye.credit.catalog.code;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UsccResourceTest {

  private static final String PATH = "/api/v1/codes/uscc/{code}";

  @Test
  void describesAValidCodeInChineseByDefault() {
    given()
        .when()
        .get(PATH, "91620702MA72XK3D14")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Content-Language", "zh-CN")
        .body("code", equalTo("91620702MA72XK3D14"))
        .body("valid", equalTo(true))
        .body("placeholder", equalTo(false))
        .body("overridden", equalTo(false))
        .body("defect", nullValue())
        .body("registrationAuthority.code", equalTo("9"))
        .body("registrationAuthority.name", equalTo("工商（市场监管）"))
        .body("organisationType.code", equalTo("91"))
        .body("organisationType.name", equalTo("企业"))
        .body("division.code", equalTo("620702"))
        .body("division.name", equalTo("甘州区"))
        .body("division.province", equalTo("甘肃省"))
        .body("organisationCode", equalTo("MA72XK3D1"));
  }

  @Test
  void answersInEnglishWhenAsked() {
    given()
        .header("Accept-Language", "en-GB,en;q=0.9")
        .when()
        .get(PATH, "Y1620723MA72XK3D1U")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        .body("valid", equalTo(true))
        .body("registrationAuthority.name", equalTo("Other"))
        .body("organisationType.code", equalTo("Y1"))
        .body("division.name", equalTo("Linze County"))
        .body("division.province", equalTo("Gansu Province"));
  }

  @Test
  void namesTheProvinceOfADivisionOutsideTheCatalogue() {
    given()
        .when()
        .get(PATH, "91110105MA01ABCD5F")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("division.code", equalTo("110105"))
        .body("division.name", nullValue())
        .body("division.province", equalTo("北京市"));
  }

  @Test
  void leavesOutTheNameOfAnAuthorityTheTableDoesNotList() {
    given()
        .when()
        .get(PATH, "E1620702MA72XK3D1Y")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("registrationAuthority.code", equalTo("E"))
        .body("registrationAuthority.name", nullValue())
        .body("organisationType.name", nullValue());
  }

  @Test
  void reportsAWrongCheckCharacter() {
    given()
        .header("Accept-Language", "en")
        .when()
        .get(PATH, "91620702MA72XK3D15")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("defect.code", equalTo("check-character"))
        .body(
            "defect.message",
            equalTo(
                "Check failed: from the first 17 characters, the check character (character 18)"
                    + " should be \"4\", but it is \"5\". Check each character."))
        .body("registrationAuthority.code", equalTo("9"));
  }

  @Test
  void reportsAWrongLengthAsAnAnswerNotAnError() {
    given()
        .when()
        .get(PATH, "91620702MA72XK3D1")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("defect.code", equalTo("length"))
        .body("defect.message", equalTo("统一社会信用代码应为 18 位，实际为 17 位。"))
        .body("registrationAuthority", nullValue())
        .body("organisationCode", nullValue());
  }

  @Test
  void reportsAnIllegalCharacter() {
    given()
        .when()
        .get(PATH, "91620702MA72XK3DO4")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("defect.code", equalTo("character"))
        .body("defect.message", equalTo("第 17 位的字符“O”不允许：统一社会信用代码只使用数字和大写英文字母（不含 I、O、S、V、Z）。"));
  }

  @Test
  void recognisesThePlaceholder() {
    given()
        .when()
        .get(PATH, "00000000000000000X")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("placeholder", equalTo(true))
        .body("defect.code", equalTo("placeholder"));
  }

  @Test
  void checksAValueOfSixtyFourCharacters() {
    given()
        .when()
        .get(PATH, "9".repeat(64))
        .then()
        .statusCode(200)
        .body("defect.code", equalTo("length"));
  }

  @Test
  void refusesAValueTooLongToBeAnyCode() {
    given()
        .when()
        .get(PATH, "9".repeat(65))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/malformed-request"))
        .body("status", equalTo(400))
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo("code"))
        .body("errors[0].code", equalTo("too-long"))
        .body("errors[0].message", equalTo("参数过长：最多 64 个字符，实际为 65 个。"));
  }
}
