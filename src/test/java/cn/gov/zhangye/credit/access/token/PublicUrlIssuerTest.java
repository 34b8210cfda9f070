package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy, {@code credit.http.public-url} is the issuer: in the metadata, in the tokens and
 * in their check.
 */
@QuarkusTest
@TestProfile(PublicUrlIssuerTest.BehindAProxy.class)
class PublicUrlIssuerTest {

  private static final String PUBLIC_URL = "https://credit-api.zhangye.example";

  public static class BehindAProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("credit.http.public-url", PUBLIC_URL + "/");
    }
  }

  @Test
  void theMetadataAndTheTokensNameThePublicUrl() throws Exception {
    given()
        .get("/.well-known/oauth-authorization-server")
        .then()
        .statusCode(200)
        .body("issuer", equalTo(PUBLIC_URL))
        .body("token_endpoint", equalTo(PUBLIC_URL + "/oauth/token"));
    String token =
        given()
            .auth()
            .preemptive()
            .basic("demo-agency", "demo-agency-secret")
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/token-info")
        .then()
        .statusCode(200)
        .body("clientId", equalTo("demo-agency"));
    String claims =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertEquals(PUBLIC_URL, new ObjectMapper().readTree(claims).path("iss").asText(), claims);
  }
}
