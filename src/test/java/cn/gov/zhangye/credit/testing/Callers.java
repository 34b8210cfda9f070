package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests as one of the demo clients, with a token from the token endpoint. */
public final class Callers {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final RestAssuredConfig AS_SENT =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private Callers() {}

  /**
   * Requests with the token of {@code clientId}; a text body's charset is left as the test sets it.
   */
  public static RequestSpecification as(String clientId) {
    return given().config(AS_SENT).auth().oauth2(token(clientId));
  }

  /** A token of the demo client, fetched once per test run. */
  public static String token(String clientId) {
    return TOKENS.computeIfAbsent(clientId, Callers::newToken);
  }

  /**
   * Drops the remembered token of {@code clientId}, for a test that made it invalid (by suspending
   * the client, say), so that later tests get a new one.
   */
  public static void forget(String clientId) {
    TOKENS.remove(clientId);
  }

  /** A token of the demo client just issued. */
  public static String newToken(String clientId) {
    return newToken(clientId, clientId + "-secret");
  }

  /** A token just issued to the client {@code clientId} with {@code secret}. */
  public static String newToken(String clientId, String secret) {
    return given()
        .auth()
        .preemptive()
        .basic(clientId, secret)
        .formParam("grant_type", "client_credentials")
        .post("/oauth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
