package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token endpoint over real HTTP: RFC 6749 client credentials, RFC 9068 tokens. */
@QuarkusTest
class TokenEndpointTest {

  private static final String TOKEN = "/oauth/token";
  private static final String AGENCY = "demo-agency";
  private static final String COUNTY = "demo-county-shandan";
  private static final String CREDENTIALS = "client_credentials";

  private static RequestSpecification basic(String id, String secret) {
    return given().auth().preemptive().basic(id, secret).formParam("grant_type", CREDENTIALS);
  }

  private static ExtractableResponse<Response> granted(RequestSpecification request) {
    return request
        .post(TOKEN)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(900))
        .extract();
  }

  @Test
  void basicAuthenticationGetsATokenWithEveryGrantedScope() {
    ExtractableResponse<Response> answer = granted(basic(AGENCY, AGENCY + "-secret"));
    List<String> scopes = List.of(answer.path("scope").toString().split(" "));
    assertTrue(scopes.contains(Scopes.CREDIT_QUERY), scopes.toString());

    String[] parts = answer.path("access_token").toString().split("\\.");
    JsonPath header = json(parts[0]);
    assertEquals("at+jwt", header.getString("typ"));
    assertEquals("RS256", header.getString("alg"));
    String signingKid =
        given().get("/.well-known/jwks.json").then().extract().jsonPath().getString("keys[-1].kid");
    assertEquals(signingKid, header.getString("kid"));

    JsonPath claims = json(parts[1]);
    assertEquals(TestTokens.issuer(), claims.getString("iss"));
    assertEquals(TestTokens.AUDIENCE, claims.getString("aud"));
    assertEquals(AGENCY, claims.getString("sub"));
    assertEquals(AGENCY, claims.getString("client_id"));
    assertEquals(String.join(" ", scopes), claims.getString("scope"));
    assertEquals("AGENCY", claims.getString("kind"));
    assertTrue(claims.getString("plan") != null && !claims.getString("plan").isBlank());
    assertEquals(900, claims.getLong("exp") - claims.getLong("iat"));
    assertTrue(claims.getString("jti").length() >= 16);
  }

  @Test
  void theSecretMayComeInTheForm() {
    ExtractableResponse<Response> answer =
        granted(
            given()
                .formParam("grant_type", CREDENTIALS)
                .formParam("client_id", COUNTY)
                .formParam("client_secret", COUNTY + "-secret"));
    JsonPath claims = json(answer.path("access_token").toString().split("\\.")[1]);
    assertEquals("COUNTY", claims.getString("kind"));
    assertEquals("620725", claims.getString("region"));
  }

  @Test
  void theTokenOpensAnOperation() {
    String token =
        granted(basic(COUNTY, COUNTY + "-secret").formParam("scope", Scopes.RECORDS_SUBMIT))
            .path("access_token");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/token-info")
        .then()
        .statusCode(200)
        .body("clientId", equalTo(COUNTY))
        .body("scopes", equalTo(List.of(Scopes.RECORDS_SUBMIT)))
        .body("kind", equalTo("COUNTY"))
        .body("region", equalTo("620725"))
        .body("expiresAt", containsString("T"));
  }

  @Test
  void scopeNarrowsTheGrant() {
    granted(basic(AGENCY, AGENCY + "-secret").formParam("scope", Scopes.CREDIT_QUERY))
        .response()
        .then()
        .body("scope", equalTo(Scopes.CREDIT_QUERY));
  }

  @Test
  void anUngrantedScopeIsInvalidScope() {
    refused(
        basic(AGENCY, AGENCY + "-secret")
            .formParam("scope", Scopes.CREDIT_QUERY + " " + Scopes.ADMIN),
        400,
        "invalid_scope");
    refused(
        basic(AGENCY, AGENCY + "-secret").formParam("scope", "no-such-scope"),
        400,
        "invalid_scope");
  }

  @Test
  void aWrongSecretAndAnUnknownClientGetTheSameAnswer() {
    String wrongSecret = refused(basic(AGENCY, "guess"), 401, "invalid_client");
    String unknownClient = refused(basic("no-such-client", "guess"), 401, "invalid_client");
    assertEquals(wrongSecret, unknownClient);
    String wrongSecretInForm =
        refused(
            given()
                .formParam("grant_type", CREDENTIALS)
                .formParam("client_id", AGENCY)
                .formParam("client_secret", "guess"),
            401,
            "invalid_client");
    assertEquals(wrongSecret, wrongSecretInForm);
  }

  @Test
  void aBurstOfWrongSecretsIsStopped() {
    String guessed = "burst-of-guesses";
    for (int guess = 0; guess < 5; guess++) {
      refused(basic(guessed, "guess-" + guess), 401, "invalid_client");
    }
    basic(guessed, "guess-5")
        .post(TOKEN)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", not(equalTo(null)))
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/rate-limited"));
  }

  @Test
  void noClientAuthenticationIsInvalidClient() {
    refused(given().formParam("grant_type", CREDENTIALS), 401, "invalid_client");
    refused(
        given().header("Authorization", "Basic !!!").formParam("grant_type", CREDENTIALS),
        401,
        "invalid_client");
  }

  @Test
  void twoWaysOfAuthenticatingAtOnceAreInvalidRequest() {
    refused(
        basic(AGENCY, AGENCY + "-secret")
            .formParam("client_id", AGENCY)
            .formParam("client_secret", AGENCY + "-secret"),
        400,
        "invalid_request");
  }

  @Test
  void onlyClientCredentialsAreGranted() {
    refused(
        given()
            .auth()
            .preemptive()
            .basic(AGENCY, AGENCY + "-secret")
            .formParam("grant_type", "password")
            .formParam("username", "someone"),
        400,
        "unsupported_grant_type");
    refused(given().auth().preemptive().basic(AGENCY, AGENCY + "-secret"), 400, "invalid_request");
  }

  @Test
  void aBodyThatIsNoFormIsInvalidRequest() {
    refused(
        given()
            .auth()
            .preemptive()
            .basic(AGENCY, AGENCY + "-secret")
            .contentType("application/json")
            .body("{\"grant_type\": \"client_credentials\"}"),
        400,
        "invalid_request");
  }

  @Test
  void aRepeatedParameterIsInvalidRequest() {
    refused(
        basic(AGENCY, AGENCY + "-secret").formParam("grant_type", CREDENTIALS),
        400,
        "invalid_request");
  }

  @Test
  void metadataDescribesTheEndpoint() {
    given()
        .get("/.well-known/oauth-authorization-server")
        .then()
        .statusCode(200)
        .body("issuer", equalTo(TestTokens.issuer()))
        .body("token_endpoint", equalTo(TestTokens.issuer() + TOKEN))
        .body("jwks_uri", equalTo(TestTokens.issuer() + "/.well-known/jwks.json"))
        .body("grant_types_supported", equalTo(List.of(CREDENTIALS)))
        .body(
            "token_endpoint_auth_methods_supported",
            equalTo(List.of("client_secret_basic", "client_secret_post")))
        .body("scopes_supported", equalTo(Scopes.ALL));
  }

  @Test
  void theKeySetPublishesPublicKeysOnly() {
    given()
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age"))
        .body("keys.kid", not(hasItem((Object) null)))
        .body("keys.alg", hasItem("RS256"))
        .body("keys.use", hasItem("sig"))
        .body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")))
        .body("keys[0]", not(org.hamcrest.Matchers.hasKey("p")));
  }

  /** Asserts an RFC 6749 §5.2 refusal; returns its body. */
  private static String refused(RequestSpecification request, int status, String error) {
    var then =
        request
            .post(TOKEN)
            .then()
            .statusCode(status)
            .contentType("application/json")
            .header("Cache-Control", "no-store")
            .body("error", equalTo(error))
            .body("error_description", not(equalTo(null)));
    if (status == 401) {
      then.header("WWW-Authenticate", equalTo("Basic realm=\"credit-gateway\""));
    }
    return then.extract().asString();
  }

  private static JsonPath json(String base64Url) {
    return new JsonPath(
        new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8));
  }
}
