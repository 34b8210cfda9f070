package cn.gov.zhangye.credit.access.token;

import io.restassured.RestAssured;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Tokens made in a test, right or wrong in exactly the way a test needs. */
final class TestTokens {

  /** The gateway's issuer in tests: with none configured, its address, on the random test port. */
  static String issuer() {
    return "http://localhost:" + RestAssured.port;
  }

  static final String AUDIENCE = "credit-gateway";

  private TestTokens() {}

  /** The claims of a good token of {@code clientId} with {@code scope}, valid for 5 minutes. */
  static JwtClaims claims(String clientId, String scope) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer());
    claims.setSubject(clientId);
    claims.setAudience(AUDIENCE);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setGeneratedJwtId();
    claims.setClaim(TokenClaims.CLIENT_ID, clientId);
    claims.setClaim(TokenClaims.SCOPE, scope);
    claims.setClaim(TokenClaims.KIND, "AGENCY");
    claims.setClaim(TokenClaims.PLAN, "agency-plus");
    return claims;
  }

  /** A good signature over {@code claims} by {@code key}, headers to be changed before signing. */
  static JsonWebSignature signature(JwtClaims claims, SigningKey key) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(key.algorithm().name());
    jws.setKeyIdHeaderValue(key.id());
    jws.setHeader("typ", TokenIssuer.TYPE);
    jws.setKey(key.privateKey().orElseThrow());
    return jws;
  }

  static String sign(JsonWebSignature jws) {
    try {
      return jws.getCompactSerialization();
    } catch (JoseException failure) {
      throw new IllegalStateException(failure);
    }
  }

  static String sign(JwtClaims claims, SigningKey key) {
    return sign(signature(claims, key));
  }
}
