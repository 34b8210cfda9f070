package cn.gov.zhangye.credit.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void everyResponseCarriesANewIdWhenTheCallerGivesNone() {
    String first = given().get("/q/health/live").then().extract().header(RequestIds.HEADER);
    String second = given().get("/q/health/live").then().extract().header(RequestIds.HEADER);
    assertThat(first, matchesPattern(UUID));
    assertNotEquals(first, second);
  }

  @Test
  void aSaneCallerIdIsKept() {
    given()
        .header(RequestIds.HEADER, "agency-42:batch.7_retry-1")
        .get("/q/health/live")
        .then()
        .header(RequestIds.HEADER, equalTo("agency-42:batch.7_retry-1"));
  }

  @Test
  void anInsaneCallerIdIsReplaced() {
    for (String insane :
        new String[] {"short", "x".repeat(129), "has space in it", "<script>x</script>"}) {
      given()
          .header(RequestIds.HEADER, insane)
          .get("/q/health/live")
          .then()
          .header(RequestIds.HEADER, matchesPattern(UUID));
    }
  }
}
