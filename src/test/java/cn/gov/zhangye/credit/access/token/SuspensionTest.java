package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.zhangye.credit.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A suspension through the admin API revokes the client's tokens at once and refuses it new ones; a
 * reactivation lets it get tokens again but does not bring back those issued before.
 */
@QuarkusTest
class SuspensionTest {

  private static final String CLIENT = "demo-agency-basic";
  private static final String ADMIN = "/api/v1/admin/clients/" + CLIENT;

  @Test
  void aSuspendedClientsTokensStopWorkingAndStayRevoked() throws InterruptedException {
    String operator = Callers.newToken(Callers.OPERATOR);
    String before = Callers.newToken(CLIENT);
    String bystander = Callers.newToken("demo-agency");
    answers(before, 200);

    given().auth().oauth2(operator).post(ADMIN + "/suspension").then().statusCode(200);
    try {
      answers(before, 401);
      answers(bystander, 200);
      given()
          .auth()
          .preemptive()
          .basic(CLIENT, CLIENT + "-secret")
          .formParam("grant_type", "client_credentials")
          .post("/oauth/token")
          .then()
          .statusCode(401)
          .body("error", equalTo("invalid_client"));
    } finally {
      // Token times are whole seconds: the next token must come from a later second.
      Thread.sleep(1_100);
      given().auth().oauth2(operator).post(ADMIN + "/reactivation").then().statusCode(200);
      Callers.forget(CLIENT);
    }
    answers(before, 401);
    answers(Callers.newToken(CLIENT), 200);
  }

  private static void answers(String token, int status) {
    var then = given().auth().oauth2(token).get("/api/v1/token-info").then().statusCode(status);
    if (status == 401) {
      then.header(
          "WWW-Authenticate", equalTo("Bearer realm=\"credit-gateway\", error=\"invalid_token\""));
    }
  }
}
