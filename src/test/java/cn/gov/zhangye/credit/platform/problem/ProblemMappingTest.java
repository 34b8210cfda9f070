package cn.gov.zhangye.credit.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.http.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappingTest {

  private static final String PROBE = "/test/problem-probe";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPES = "https://credit.zhangye.gov.cn/problems/";

  @Test
  void unknownRouteIsProblemNotFoundAnywhere() {
    for (String path : new String[] {"/api/v1/no-such-thing", "/no-such-thing"}) {
      given()
          .get(path)
          .then()
          .statusCode(404)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPES + "not-found"))
          .body("status", equalTo(404))
          .body("title", equalTo("资源不存在"))
          .body("instance", equalTo(path));
    }
  }

  @Test
  void problemCarriesTheRequestIdOfTheResponse() {
    var response = given().get("/api/v1/no-such-thing").then().statusCode(404).extract();
    assertEquals(response.header("X-Request-Id"), response.path("requestId"));
  }

  @Test
  void wrongMethodIs405WithAllow() {
    given()
        .delete(PROBE)
        .then()
        .statusCode(405)
        .contentType(PROBLEM_JSON)
        .header("Allow", containsString("POST"))
        .body("type", equalTo(TYPES + "method-not-allowed"));
  }

  @Test
  void wrongMediaTypeIs415() {
    given()
        .contentType(ContentType.TEXT)
        .body("name=x")
        .post(PROBE)
        .then()
        .statusCode(415)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "unsupported-media-type"))
        .body("detail", containsString("text/plain"));
  }

  @Test
  void unacceptableAcceptIs406() {
    given()
        .contentType(ContentType.JSON)
        .accept("application/xml")
        .body("{\"name\":\"a\",\"count\":1}")
        .post(PROBE)
        .then()
        .statusCode(406)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "not-acceptable"));
  }

  @Test
  void malformedJsonIs400WithPosition() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"a\",\n \"count\": }")
        .post(PROBE)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "malformed-request"))
        .body("detail", containsString("第 2 行"));
  }

  @Test
  void wrongJsonTypeIs400WithPointer() {
    given()
        .contentType(ContentType.JSON)
        .header("Accept-Language", "en")
        .body("{\"name\": \"a\", \"count\": \"many\"}")
        .post(PROBE)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.pointer", hasItem("/count"))
        .body("errors.code", hasItem("type"));
  }

  @Test
  void oversizeBodyIs413WithTheLimitWhenDeclared() throws IOException {
    String response =
        RawHttp.exchange(
            RestAssured.port,
            "POST "
                + PROBE
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10485761\r\n\r\n",
            "",
            0,
            false);
    assertTooLarge(response);
  }

  @Test
  void aStreamedBodyOutsideTheLargeBodyPathsIsRefusedWith411() throws IOException {
    String response =
        RawHttp.exchange(
            RestAssured.port,
            "POST "
                + PROBE
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n",
            "{\"name\": \"",
            11L * 1024 * 1024,
            true);
    assertTrue(response.startsWith("HTTP/1.1 411"), response);
    assertTrue(response.contains(TYPES + "length-required"), response);
    assertTrue(response.toLowerCase(Locale.ROOT).contains("connection: close"), response);
  }

  private static void assertTooLarge(String response) {
    assertTrue(response.startsWith("HTTP/1.1 413"), response);
    assertTrue(response.contains("application/problem+json"), response);
    assertTrue(response.contains(TYPES + "payload-too-large"), response);
    assertTrue(response.contains("10485760"), response);
  }

  @Test
  void unexpectedFailureIs500WithoutInternals() {
    given()
        .get(PROBE + "/failure")
        .then()
        .statusCode(500)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "internal-error"))
        .body(not(containsString("hunter2")))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("at cn.gov")));
  }

  @Test
  void unreachableDatabaseIs503WithRetryAfter() {
    given()
        .get(PROBE + "/unreachable-database")
        .then()
        .statusCode(503)
        .contentType(PROBLEM_JSON)
        .header("Retry-After", equalTo("5"))
        .body("type", equalTo(TYPES + "service-unavailable"));
  }

  @Test
  void languageFollowsAcceptLanguage() {
    given()
        .header("Accept-Language", "en-GB,en;q=0.9")
        .get("/api/v1/no-such-thing")
        .then()
        .header("Content-Language", startsWith("en"))
        .body("title", equalTo("Not found"));
    given()
        .header("Accept-Language", "fr, zh;q=0.5")
        .get("/api/v1/no-such-thing")
        .then()
        .header("Content-Language", equalTo("zh-CN"))
        .body("title", equalTo("资源不存在"));
  }
}
