package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests as one of the demo clients, with a token from the token endpoint. */
public final class Callers {

  /** Well before the gateway's tokens expire (15 minutes), a remembered token is replaced. */
  private static final Duration TOKEN_KEPT = Duration.ofMinutes(10);

  private static final Map<String, Remembered> TOKENS = new ConcurrentHashMap<>();
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

  /** A token of the demo client, fetched again when the one remembered is 10 minutes old. */
  public static String token(String clientId) {
    return TOKENS
        .compute(
            clientId,
            (id, remembered) ->
                remembered == null || remembered.olderThan(TOKEN_KEPT)
                    ? new Remembered(newToken(id), System.nanoTime())
                    : remembered)
        .token();
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

  /** A token and when it was fetched, by this JVM's monotonic clock (tests may move the other). */
  private record Remembered(String token, long fetchedAtNanos) {

    boolean olderThan(Duration age) {
      return System.nanoTime() - fetchedAtNanos > age.toNanos();
    }
  }
}
