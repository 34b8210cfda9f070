package cn.gov.zhangye.credit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests as one of the demo clients or as {@value #OPERATOR}, the first operator that tests get
 * as the embedded default does, with a secret generated into a file; with a token from the token
 * endpoint.
 */
public final class Callers {

  /** Well before the gateway's tokens expire (15 minutes), a remembered token is replaced. */
  private static final Duration TOKEN_KEPT = Duration.ofMinutes(10);

  private static final Map<String, Remembered> TOKENS = new ConcurrentHashMap<>();
  private static final RestAssuredConfig AS_SENT =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  /** The first operator of the test profile ({@code %test.credit.access.bootstrap.*}). */
  public static final String OPERATOR = "test-operator";

  private Callers() {}

  /** The secret of a demo client (its id followed by {@code -secret}) or of {@value #OPERATOR}. */
  public static String secretOf(String clientId) {
    if (!clientId.equals(OPERATOR)) {
      return clientId + "-secret";
    }
    Path file =
        ConfigProvider.getConfig()
            .getValue("credit.access.bootstrap.generated-secret-file", Path.class);
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /**
   * Requests with the token of {@code clientId}; a text body's charset is left as the test sets it.
   */
  public static RequestSpecification as(String clientId) {
    return given().config(AS_SENT).auth().oauth2(token(clientId));
  }

  /** A token of the client, fetched again when the one remembered is 10 minutes old. */
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

  /** A token of the client just issued. */
  public static String newToken(String clientId) {
    return newToken(clientId, secretOf(clientId));
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
