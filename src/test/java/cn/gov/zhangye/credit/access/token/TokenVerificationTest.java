package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.access.Scopes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad token is refused over real HTTP with 401, a problem and {@code error=
 * "invalid_token"}, and nothing about the token or the check leaks; a good token without the scope
 * gets 403 naming it.
 */
@QuarkusTest
class TokenVerificationTest {

  private static final String PROTECTED = "/api/v1/token-info";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPES = "https://credit.zhangye.gov.cn/problems/";
  private static final String BEARER = "Bearer realm=\"credit-gateway\"";
  private static final String INVALID_TOKEN = BEARER + ", error=\"invalid_token\"";

  @Inject KeySet keys;

  private JwtClaims claims() {
    return TestTokens.claims("probe-client", Scopes.CREDIT_QUERY);
  }

  private String sign(JwtClaims claims) {
    return TestTokens.sign(claims, keys.signing());
  }

  @Test
  void aGoodTokenIsAccepted() {
    given()
        .auth()
        .oauth2(sign(claims()))
        .get(PROTECTED)
        .then()
        .statusCode(200)
        .body("clientId", equalTo("probe-client"))
        .body("scopes[0]", equalTo(Scopes.CREDIT_QUERY));
  }

  @Test
  void noTokenIs401WithAPlainChallenge() {
    given()
        .get(PROTECTED)
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .header("WWW-Authenticate", equalTo(BEARER))
        .body("type", equalTo(TYPES + "unauthorized"))
        .body("status", equalTo(401))
        .body("detail", containsString("Authorization"));
  }

  @Test
  void aTokenInTheQueryStringIsNeverRead() {
    String token = sign(claims());
    given()
        .queryParam("access_token", token)
        .header("Accept-Language", "en")
        .get(PROTECTED)
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .header("WWW-Authenticate", equalTo(BEARER))
        .body("detail", containsString("query string"))
        .body(not(containsString(token)));
  }

  @Test
  void algNoneIsRefused() {
    JsonWebSignature jws = TestTokens.signature(claims(), keys.signing());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setKey(null);
    refused(TestTokens.sign(jws));
  }

  @Test
  void hs256WithOurPublicKeyAsSecretIsRefused() {
    SigningKey ours = keys.signing();
    for (byte[] secret :
        new byte[][] {
          ours.publicKey().getEncoded(),
          PemKeyFile.encode(PemKeyFile.PUBLIC, ours.publicKey().getEncoded())
              .getBytes(StandardCharsets.US_ASCII)
        }) {
      JsonWebSignature jws = TestTokens.signature(claims(), ours);
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
      jws.setKey(new HmacKey(secret));
      refused(TestTokens.sign(jws));
    }
  }

  @Test
  void anUnknownKeyIdIsRefused() throws Exception {
    refused(TestTokens.sign(claims(), foreignKey("20990101T000000Z")));
    JsonWebSignature jws = TestTokens.signature(claims(), keys.signing());
    jws.setKeyIdHeaderValue(null);
    refused(TestTokens.sign(jws));
  }

  @Test
  void aJkuHeaderIsRefusedAndNeverFetched() throws Exception {
    try (ServerSocket keyServer = new ServerSocket(0)) {
      keyServer.setSoTimeout(1_000);
      String jku = "http://localhost:" + keyServer.getLocalPort() + "/jwks.json";
      SigningKey foreign = foreignKey("attacker");
      for (SigningKey signer : new SigningKey[] {foreign, keys.signing()}) {
        JsonWebSignature jws = TestTokens.signature(claims(), signer);
        jws.setHeader("jku", jku);
        refused(TestTokens.sign(jws));
        JsonWebSignature x5u = TestTokens.signature(claims(), signer);
        x5u.setHeader("x5u", jku);
        refused(TestTokens.sign(x5u));
      }
      assertThrows(SocketTimeoutException.class, keyServer::accept, "the key URL was fetched");
    }
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String[] parts = sign(claims()).split("\\.");
    JwtClaims raised = claims();
    raised.setClaim(TokenClaims.SCOPE, Scopes.ADMIN);
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(raised.toJson().getBytes(StandardCharsets.UTF_8));
    refused(parts[0] + "." + payload + "." + parts[2]);
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheSkewOnly() {
    JwtClaims expired = claims();
    expired.setIssuedAt(NumericDate.fromSeconds(now() - 600));
    expired.setExpirationTime(NumericDate.fromSeconds(now() - 60));
    refused(sign(expired));

    JwtClaims withinSkew = claims();
    withinSkew.setIssuedAt(NumericDate.fromSeconds(now() - 600));
    withinSkew.setExpirationTime(NumericDate.fromSeconds(now() - 10));
    given().auth().oauth2(sign(withinSkew)).get(PROTECTED).then().statusCode(200);
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    JwtClaims early = claims();
    early.setNotBefore(NumericDate.fromSeconds(now() + 300));
    refused(sign(early));
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    JwtClaims endless = claims();
    endless.unsetClaim("exp");
    refused(sign(endless));
  }

  @Test
  void aTokenLongerLivedThanOursIsRefused() {
    JwtClaims longLived = claims();
    longLived.setExpirationTimeMinutesInTheFuture(60);
    refused(sign(longLived));
  }

  @Test
  void anotherIssuerIsRefused() {
    JwtClaims other = claims();
    other.setIssuer("https://evil.example");
    refused(sign(other));
  }

  @Test
  void anotherAudienceIsRefused() {
    JwtClaims other = claims();
    other.setAudience("another-service");
    refused(sign(other));
  }

  @Test
  void aTokenOfAnotherTypeIsRefused() {
    for (String type : new String[] {"JWT", null}) {
      JsonWebSignature jws = TestTokens.signature(claims(), keys.signing());
      jws.setHeader("typ", type);
      refused(TestTokens.sign(jws));
    }
  }

  @Test
  void aTokenWithoutClientIdIsRefused() {
    JwtClaims anonymous = claims();
    anonymous.unsetClaim(TokenClaims.CLIENT_ID);
    refused(sign(anonymous));
  }

  @Test
  void garbageIsRefused() {
    refused("not-a-token");
    refused(sign(claims()) + ".extra.parts");
  }

  @Test
  void aTokenWithoutTheScopeIs403NamingIt() {
    given()
        .auth()
        .oauth2(sign(claims()))
        .get("/test/scope-probe")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .header(
            "WWW-Authenticate",
            equalTo(BEARER + ", error=\"insufficient_scope\", scope=\"" + Scopes.ADMIN + "\""))
        .body("type", equalTo(TYPES + "insufficient-scope"))
        .body("detail", containsString(Scopes.ADMIN));
    given()
        .auth()
        .oauth2(sign(claims()))
        .header("Accept-Language", "en")
        .get("/test/scope-probe/either")
        .then()
        .statusCode(403)
        .body("detail", containsString(Scopes.STATS_READ + ", " + Scopes.ADMIN));
  }

  @Test
  void aTokenWithTheScopeIsLetIn() {
    JwtClaims admin = TestTokens.claims("probe-operator", Scopes.STATS_READ + " " + Scopes.ADMIN);
    given().auth().oauth2(sign(admin)).get("/test/scope-probe").then().statusCode(200);
    given().auth().oauth2(sign(admin)).get("/test/scope-probe/either").then().statusCode(200);
  }

  @Test
  void anOperationThatDeclaresNothingIsDenied() {
    given().get("/test/scope-probe/unannotated").then().statusCode(401).contentType(PROBLEM_JSON);
    given()
        .auth()
        .oauth2(sign(claims()))
        .get("/test/scope-probe/unannotated")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "insufficient-scope"));
  }

  @Test
  void openOperationsNeedNoTokenButRefuseABadOne() {
    given().get("/api/v1/catalog").then().statusCode(200);
    given().get("/.well-known/jwks.json").then().statusCode(200);
    given()
        .auth()
        .oauth2("not-a-token")
        .get("/api/v1/catalog")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", equalTo(INVALID_TOKEN));
  }

  private static void refused(String token) {
    ValidatableResponse response =
        given()
            .auth()
            .oauth2(token)
            .get(PROTECTED)
            .then()
            .statusCode(401)
            .contentType(PROBLEM_JSON)
            .header("WWW-Authenticate", equalTo(INVALID_TOKEN))
            .body("type", equalTo(TYPES + "unauthorized"))
            .body("requestId", not(equalTo(null)));
    for (String leak : new String[] {token, "Exception", "jose4j", "SRJWT", "at io.", "at org."}) {
      response.body(not(containsString(leak)));
    }
  }

  private static long now() {
    return NumericDate.now().getValue();
  }

  private static SigningKey foreignKey(String kid) throws Exception {
    KeyPair pair = SigningAlgorithm.RS256.generate();
    return new SigningKey(
        kid, SigningAlgorithm.RS256, pair.getPublic(), Optional.of(pair.getPrivate()));
  }
}
