package cn.gov.zhangye.credit.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A path spelled other than canonically is refused before its body is read, on the large-body route
 * (submissions) and on small-body routes: the request declares a 20 MB body and sends a few bytes,
 * and the answer comes at once. Spoken over a raw socket, since HTTP clients normalise paths.
 */
@QuarkusTest
class NonCanonicalPathTest {

  private static final String TYPE = "https://credit.zhangye.gov.cn/problems/non-canonical-path";
  private static final long TWENTY_MB = 20_000_000;
  private static final Duration AT_ONCE = Duration.ofSeconds(5);

  @Inject HttpServer server;

  /** The routes that take a body, each as method, path and who may call it. */
  private static final List<List<String>> ROUTES =
      List.of(
          List.of("POST", "/api/v1/submissions", "demo-department"),
          List.of("POST", "/api/v1/catalog/record-types/ADMIN_PENALTY/validation", "demo-agency"),
          List.of("PUT", "/api/v1/records/ADMIN_PENALTY/ref-1", "demo-department"));

  /** Respellings of a path that reach the same route, or another one, after normalisation. */
  private static final List<UnaryOperator<String>> SPELLINGS =
      List.of(
          path -> path.replace("/api/v1/", "/api/v1/./"),
          path -> path.replace("/api/v1/", "/api/v1/x/../"),
          path -> path.replace("/api/v1/", "/api/v1/x/..;y/"),
          path -> path.replace("/api/v1/", "/api/v1/x/%2e%2e/"),
          path -> path.replace("/api/v1/", "/api/v1/x/%2E%2E/"),
          path -> path.replace("/api/v1/", "/api/v1%2f"),
          path -> path.replace("/api/v1/", "/api/v1%2F"),
          path -> path.replace("/api/v1/", "/api/v1%5c"),
          path -> path.replace("/api/v1/", "/api/v1%5C"),
          path -> path.replace("/api/v1/", "/api/v1//"),
          path -> "/" + path,
          NonCanonicalPathTest::encodeTheFirstLetter);

  static Stream<Arguments> respelledRoutes() {
    return ROUTES.stream()
        .flatMap(
            route ->
                SPELLINGS.stream()
                    .map(
                        spelling ->
                            Arguments.of(
                                route.get(0), spelling.apply(route.get(1)), route.get(2))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("respelledRoutes")
  void isRefusedBeforeTheBodyIsRead(String method, String path, String caller) throws IOException {
    String token = Callers.token(caller);
    long started = System.nanoTime();
    String answer = send(method, path, token);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains(TYPE), answer);
    assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
    assertFalse(answer.contains("\"instance\""), "the path is not echoed: " + answer);
    assertTrue(took.compareTo(AT_ONCE) < 0, "answered without waiting for the body: " + took);
  }

  /** The issue's example: a small-body operation reached through the large-body path. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("theIssuesExample")
  void theLargeBodyPathDoesNotLendItsLimit(String path) throws IOException {
    String answer = send("POST", path, Callers.token("demo-agency"));
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains(TYPE), answer);
  }

  static Stream<String> theIssuesExample() {
    return Stream.of(
        "/api/v1/submissions/../catalog/record-types/ADMIN_PENALTY/validation",
        "/api/v1/submissions/%2e%2e/catalog/record-types/ADMIN_PENALTY/validation",
        "/api/v1/submissions%2f..%2fcatalog/record-types/ADMIN_PENALTY/validation");
  }

  @org.junit.jupiter.api.Test
  void anIdentityNumberInARefusedPathIsNeitherEchoedNorCounted() throws IOException {
    String number = TestCodes.identityNumber("620702", "19900101", 12);
    String answer = send("GET", "/api/v1/subjects/x/..%2f" + number, Callers.token("demo-agency"));
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertFalse(answer.contains(number), answer);
    String metrics =
        given()
            .get("http://localhost:" + server.getManagementPort() + "/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(metrics.contains(number), "the metrics do not name the refused path");
    assertTrue(metrics.contains(ClosingRefusal.METRICS_ROUTE), "but count it as refused");
  }

  @org.junit.jupiter.api.Test
  void theCanonicalPathStillTakesItsOwnLimit() throws IOException {
    String answer =
        send(
            "POST",
            "/api/v1/catalog/record-types/ADMIN_PENALTY/validation",
            Callers.token("demo-agency"));
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
  }

  /**
   * The HTTP server itself refuses a backslash in the request target, before any handler runs: a
   * bare 400, the body unread and the connection closed.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("routes")
  void aBackslashIsRefusedByTheServerItself(String method, String path, String caller)
      throws IOException {
    String token = Callers.token(caller);
    long started = System.nanoTime();
    String answer = send(method, path.replace("/api/v1/", "/api/v1\\"), token);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(took.compareTo(AT_ONCE) < 0, "answered without waiting for the body: " + took);
  }

  static Stream<Arguments> routes() {
    return ROUTES.stream().map(route -> Arguments.of(route.toArray()));
  }

  /** {@code /api/v1/submissions} as {@code /api/v1/%73ubmissions}. */
  private static String encodeTheFirstLetter(String path) {
    int letter = "/api/v1/".length();
    return path.substring(0, letter)
        + "%"
        + Integer.toHexString(path.charAt(letter))
        + path.substring(letter + 1);
  }

  /** Declares a 20 MB JSON body and sends four bytes of it. */
  private static String send(String method, String path, String token) throws IOException {
    return RawHttp.exchange(
        RestAssured.port,
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + TWENTY_MB
            + "\r\n\r\n",
        "{\"a\"",
        4,
        false);
  }
}
