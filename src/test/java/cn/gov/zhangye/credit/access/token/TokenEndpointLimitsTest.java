package cn.gov.zhangye.credit.access.token;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The limits of the token endpoint over real HTTP: a parallel burst of guesses gets no more secret
 * checks than the budget of failures holds, a right secret gives its unit back, a client gets only
 * so many tokens, and only so many secrets are checked at once. Each test calls from addresses of
 * its own, named by {@code X-Forwarded-For} behind the trusted loopback proxy.
 */
@QuarkusTest
@TestProfile(TokenEndpointLimitsTest.Limits.class)
class TokenEndpointLimitsTest {

  /** Small limits: 5 failures per address and client id, 3 tokens per client, 2 checks at once. */
  public static class Limits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "credit.rate-limit.trusted-proxies", "127.0.0.0/8,::1/128",
          "credit.rate-limit.token-requests.per-client", "3",
          "credit.rate-limit.token-requests.period", "1H",
          "credit.access.token.max-concurrent-secret-checks", "2");
    }
  }

  private static final AtomicInteger ADDRESSES = new AtomicInteger();
  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";

  private static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "203.0.113." + n;
  }

  private static Response token(String address, String id, String secret) {
    return given()
        .header("X-Forwarded-For", address)
        .auth()
        .preemptive()
        .basic(id, secret)
        .formParam("grant_type", "client_credentials")
        .post("/oauth/token");
  }

  @Test
  void aParallelBurstOfWrongSecretsGetsNoMoreChecksThanTheBudget() throws Exception {
    String address = newAddress();
    List<Integer> statuses =
        Concurrently.run(20, i -> token(address, "demo-agency", "guess-" + i).statusCode());
    Map<Integer, Long> counts =
        statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
    long checked = counts.getOrDefault(401, 0L);
    assertTrue(checked <= 5, counts.toString());
    assertEquals(
        20 - checked,
        counts.getOrDefault(429, 0L) + counts.getOrDefault(503, 0L),
        counts.toString());
    // A request refused as busy gave its unit back: what is left of the budget, and no more.
    int status = 401;
    for (int more = 0; more <= 5 && status == 401; more++) {
      status = token(address, "demo-agency", "guess").statusCode();
      checked += status == 401 ? 1 : 0;
    }
    assertEquals(429, status);
    assertEquals(5, checked, counts.toString());
    assertEquals(429, token(address, "demo-agency", Callers.secretOf("demo-agency")).statusCode());
  }

  @Test
  void aRightSecretGivesItsUnitBack() {
    String address = newAddress();
    for (int guess = 0; guess < 4; guess++) {
      assertEquals(401, token(address, "demo-office", "guess-" + guess).statusCode());
    }
    assertEquals(200, token(address, "demo-office", Callers.secretOf("demo-office")).statusCode());
    assertEquals(401, token(address, "demo-office", "guess-4").statusCode());
    Response refused = token(address, "demo-office", "guess-5");
    assertEquals(429, refused.statusCode());
    assertEquals(PROBLEMS + "rate-limited", refused.jsonPath().getString("type"));
  }

  @Test
  void aClientGetsOnlySoManyTokensWhateverItsAddress() {
    String id = "demo-county-gaotai";
    String secret = Callers.secretOf(id);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, token(newAddress(), id, secret).statusCode());
    }
    Response refused = token(newAddress(), id, secret);
    assertEquals(429, refused.statusCode(), refused.body().asString());
    assertEquals(PROBLEMS + "rate-limited", refused.jsonPath().getString("type"));
    assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
  }

  @Test
  void onlySoManySecretsAreCheckedAtOnce() throws Exception {
    List<Response> answers =
        Concurrently.run(24, i -> token(newAddress(), "guess-client-" + i, "guess"));
    List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
    assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 503), statuses.toString());
    Response busy =
        answers.stream()
            .filter(answer -> answer.statusCode() == 503)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no request was refused: " + statuses));
    assertEquals(PROBLEMS + "service-unavailable", busy.jsonPath().getString("type"));
    assertEquals("1", busy.header("Retry-After"));
  }
}
