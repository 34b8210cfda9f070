package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A suspension through the admin API revokes the client's tokens at once and refuses it new ones; a
 * reactivation lets it get tokens again but does not bring back those issued before. A secret
 * rotation revokes the tokens issued before it ({@code
 * credit.access.token.revoke-on-secret-rotation}).
 */
@QuarkusTest
class SuspensionTest {

  private static final String CLIENT = "demo-agency-basic";
  private static final String ADMIN = "/api/v1/admin/clients/" + CLIENT;

  @Test
  void aSuspendedClientsTokensStopWorkingAndStayRevoked() {
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
      given().auth().oauth2(operator).post(ADMIN + "/reactivation").then().statusCode(200);
      Callers.forget(CLIENT);
    }
    answers(before, 401);
    // Token times are whole seconds: a token of the reactivation's second still works.
    answers(Callers.newToken(CLIENT), 200);
    assertEquals(
        1, TestDatabase.count("SELECT count(*) FROM token_revocation WHERE client_id = ?", CLIENT));
  }

  @Test
  void aSecretRotationRevokesTheTokensIssuedBeforeIt() {
    String id = "rotation-" + Long.toString(System.nanoTime(), 36);
    String operator = Callers.newToken(Callers.OPERATOR);
    String secret =
        given()
            .auth()
            .oauth2(operator)
            .contentType("application/json")
            .body(
                """
                {"id": "%s", "displayName": "轮换测试机构", "kind": "AGENCY", "plan": "agency-basic",
                 "scopes": ["credit:query"]}"""
                    .formatted(id))
            .post("/api/v1/admin/clients")
            .then()
            .statusCode(201)
            .extract()
            .path("clientSecret");
    String before = Callers.newToken(id, secret);
    answers(before, 200);

    String rotated =
        given()
            .auth()
            .oauth2(operator)
            .post("/api/v1/admin/clients/" + id + "/secret-rotation")
            .then()
            .statusCode(200)
            .extract()
            .path("clientSecret");
    answers(before, 401);
    answers(Callers.newToken(id, rotated), 200);
  }

  private static void answers(String token, int status) {
    var then = given().auth().oauth2(token).get("/api/v1/token-info").then().statusCode(status);
    if (status == 401) {
      then.header(
          "WWW-Authenticate", equalTo("Bearer realm=\"credit-gateway\", error=\"invalid_token\""));
    }
  }
}
