package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.client.ClientReactivated;
import cn.gov.zhangye.credit.access.client.ClientSuspended;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A suspension revokes the client's tokens at once; a reactivation does not bring them back. */
@QuarkusTest
class RevocationTest {

  private static final String CLIENT = "revocation-probe";

  @Inject KeySet keys;
  @Inject Event<ClientSuspended> suspensions;
  @Inject Event<ClientReactivated> reactivations;

  @Test
  void aSuspendedClientsTokensStopWorkingAndStayRevoked() throws InterruptedException {
    String before = token(CLIENT);
    String bystander = token("revocation-bystander");
    answers(before, 200);

    suspensions.fire(new ClientSuspended(CLIENT));
    answers(before, 401);
    answers(bystander, 200);

    // Token times are whole seconds: the next token must come from a later second.
    Thread.sleep(1_100);
    reactivations.fire(new ClientReactivated(CLIENT));
    answers(before, 401);
    answers(token(CLIENT), 200);
  }

  private String token(String client) {
    return TestTokens.sign(TestTokens.claims(client, Scopes.CREDIT_QUERY), keys.signing());
  }

  private static void answers(String token, int status) {
    var then = given().auth().oauth2(token).get("/api/v1/token-info").then().statusCode(status);
    if (status == 401) {
      then.header(
          "WWW-Authenticate", equalTo("Bearer realm=\"credit-gateway\", error=\"invalid_token\""));
    }
  }
}
