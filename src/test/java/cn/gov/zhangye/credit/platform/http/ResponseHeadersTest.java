package cn.gov.zhangye.credit.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every answer tells browsers not to sniff types nor send referrers; HSTS only when configured. */
@QuarkusTest
class ResponseHeadersTest {

  @Inject HttpServer server;

  @Test
  void anOperationsAnswer() {
    secured(given().get("/q/health/live").then().statusCode(200));
  }

  @Test
  void anApiAnswerAndAProblem() {
    secured(
        given()
            .auth()
            .oauth2(Callers.token("demo-agency"))
            .get("/api/v1/quota")
            .then()
            .statusCode(200));
    secured(given().get("/api/v1/no-such-thing").then().statusCode(404));
  }

  @Test
  void theContractAndTheConsole() {
    secured(given().get("/q/openapi").then().statusCode(200));
    secured(given().get("/q/swagger-ui/").then().statusCode(200));
  }

  @Test
  void aRefusalBeforeTheRestLayer() throws IOException {
    String answer =
        RawHttp.exchange(
                RestAssured.port,
                "GET /api/v1/x/../quota HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "",
                0,
                false)
            .toLowerCase(Locale.ROOT);
    assertTrue(answer.startsWith("http/1.1 400"), answer);
    assertTrue(answer.contains("x-content-type-options: nosniff"), answer);
    assertTrue(answer.contains("referrer-policy: no-referrer"), answer);
  }

  @Test
  void theMetricsOnTheManagementInterface() {
    secured(
        given()
            .get("http://localhost:" + server.getManagementPort() + "/q/metrics")
            .then()
            .statusCode(200));
  }

  @Test
  void noHstsUnlessConfigured() {
    given().get("/q/health/live").then().header(StrictTransportSecurity.HEADER, nullValue());
  }

  private static void secured(ValidatableResponse response) {
    response
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }
}
