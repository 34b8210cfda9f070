package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * With an external issuer enabled, its tokens are checked against its mounted key set and mapped
 * onto our registered clients and their granted scopes, over real HTTP against the real registry;
 * our own tokens still work.
 */
@QuarkusTest
@TestProfile(ExternalIssuerProfile.class)
class ExternalIssuerTest {

  private static final String TOKEN_INFO = "/api/v1/token-info";
  private static final String INVALID_TOKEN =
      "Bearer realm=\"credit-gateway\", error=\"invalid_token\"";

  private static JwtClaimsBuilder claims(String clientId, String scope) {
    return ExternalTokens.claims(clientId, scope);
  }

  private static String sign(JwtClaimsBuilder claims, PublicJsonWebKey key, String typ) {
    return ExternalTokens.sign(claims, key, typ);
  }

  private static String external(String clientId, String scope) {
    return ExternalTokens.of(clientId, scope);
  }

  private static void refused(String token) {
    given()
        .auth()
        .oauth2(token)
        .get(TOKEN_INFO)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", equalTo(INVALID_TOKEN));
  }

  @Test
  void anExternalTokenIsMappedOntoTheClientAndItsGrantedScopes() {
    given()
        .auth()
        .oauth2(external("demo-agency", Scopes.CREDIT_QUERY + " " + Scopes.ADMIN))
        .get(TOKEN_INFO)
        .then()
        .statusCode(200)
        .body("clientId", equalTo("demo-agency"))
        .body("scopes", contains(Scopes.CREDIT_QUERY))
        .body("kind", equalTo("AGENCY"));
  }

  @Test
  void anAtJwtTypedExternalTokenIsAcceptedToo() {
    given()
        .auth()
        .oauth2(
            sign(
                claims("demo-agency", Scopes.CREDIT_QUERY_PERSON),
                ExternalIssuerProfile.signingKey(),
                "at+jwt"))
        .get(TOKEN_INFO)
        .then()
        .statusCode(200)
        .body("scopes", contains(Scopes.CREDIT_QUERY_PERSON));
  }

  @Test
  void anUnknownClientIsRefused() {
    refused(external("city-app-not-registered", Scopes.CREDIT_QUERY));
  }

  @Test
  void aTokenWithoutTheClientClaimIsRefused() {
    refused(
        sign(
            Jwt.issuer(ExternalIssuerProfile.ISSUER)
                .audience(ExternalIssuerProfile.AUDIENCE)
                .claim("scope", Scopes.CREDIT_QUERY)
                .issuedAt(Instant.now())
                .expiresIn(300),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void aWrongAudienceIsRefused() {
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY).audience("account"),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void ourAudienceIsNotTheExternalOne() {
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY).audience(TestTokens.AUDIENCE),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void aKeyOutsideTheExternalSetIsRefused() {
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY),
            ExternalIssuerProfile.rsaKey("not-in-the-set"),
            "JWT"));
  }

  @Test
  void aForgedTokenUnderTheExternalKeyIdIsRefused() {
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY),
            ExternalIssuerProfile.rsaKey(ExternalIssuerProfile.KEY_ID),
            "JWT"));
  }

  @Test
  void aJkuHeaderIsRefused() {
    PublicJsonWebKey key = ExternalIssuerProfile.signingKey();
    refused(
        claims("demo-agency", Scopes.CREDIT_QUERY)
            .jws()
            .keyId(key.getKeyId())
            .header("typ", "JWT")
            .header("jku", "https://attacker.example/jwks.json")
            .sign(key.getPrivateKey()));
  }

  @Test
  void anExpiredExternalTokenIsRefused() {
    Instant past = Instant.now().minusSeconds(3600);
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY)
                .issuedAt(past)
                .expiresAt(past.plusSeconds(300)),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void anotherIssuerSignedWithTheExternalKeyIsRefused() {
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY)
                .issuer("https://keycloak.zhangye.example/realms/other"),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void aSuspendedClientsExternalTokensAreRefused() throws InterruptedException {
    String client = "demo-department";
    String admin = "/api/v1/admin/clients/" + client;
    String operator = Callers.newToken(Callers.OPERATOR);
    String before = external(client, Scopes.RECORDS_SUBMIT);
    given().auth().oauth2(before).get(TOKEN_INFO).then().statusCode(200);
    given().auth().oauth2(operator).post(admin + "/suspension").then().statusCode(200);
    try {
      refused(before);
      refused(external(client, Scopes.RECORDS_SUBMIT));
    } finally {
      // Token times are whole seconds: a token after the reactivation comes from a later second.
      Thread.sleep(1_100);
      given().auth().oauth2(operator).post(admin + "/reactivation").then().statusCode(200);
      Callers.forget(client);
    }
    refused(before);
    given()
        .auth()
        .oauth2(external(client, Scopes.RECORDS_SUBMIT))
        .get(TOKEN_INFO)
        .then()
        .statusCode(200)
        .body("clientId", equalTo(client));
  }

  @Test
  void ourOwnTokensStillWork() {
    given()
        .auth()
        .oauth2(Callers.newToken("demo-agency"))
        .get(TOKEN_INFO)
        .then()
        .statusCode(200)
        .body("clientId", equalTo("demo-agency"));
  }

  @Test
  void anExternalTokenWithoutTheScopeIsForbidden() {
    given()
        .auth()
        .oauth2(external("demo-agency", Scopes.CREDIT_QUERY))
        .get("/api/v1/admin/clients")
        .then()
        .statusCode(403);
  }

  @Test
  void aTokenLivingLongerThanTheMaximumIsRefused() {
    Instant now = Instant.now();
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(16))),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() {
    Instant later = Instant.now().plus(Duration.ofHours(1));
    refused(
        sign(
            claims("demo-agency", Scopes.CREDIT_QUERY)
                .issuedAt(later)
                .expiresAt(later.plus(Duration.ofMinutes(5))),
            ExternalIssuerProfile.signingKey(),
            "JWT"));
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws JoseException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ExternalIssuerProfile.ISSUER);
    claims.setAudience(ExternalIssuerProfile.AUDIENCE);
    claims.setSubject("5b0c2f1e-service-account");
    claims.setClaim("azp", "demo-agency");
    claims.setClaim("scope", Scopes.CREDIT_QUERY);
    claims.setIssuedAtToNow();
    PublicJsonWebKey key = ExternalIssuerProfile.signingKey();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue("RS256");
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setHeader("typ", "JWT");
    jws.setKey(key.getPrivateKey());
    refused(jws.getCompactSerialization());
  }

  @Test
  void onlyTheConfiguredTypesAreAccepted() {
    for (String typ : new String[] {"dpop+jwt", "JOSE", "id+jwt"}) {
      refused(
          sign(
              claims("demo-agency", Scopes.CREDIT_QUERY), ExternalIssuerProfile.signingKey(), typ));
    }
    given()
        .auth()
        .oauth2(
            sign(
                claims("demo-agency", Scopes.CREDIT_QUERY),
                ExternalIssuerProfile.signingKey(),
                "application/at+jwt"))
        .get(TOKEN_INFO)
        .then()
        .statusCode(200);
  }
}
