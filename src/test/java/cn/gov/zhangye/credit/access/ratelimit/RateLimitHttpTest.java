package cn.gov.zhangye.credit.access.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.ratelimit.StructuredFields.Item;
import cn.gov.zhangye.credit.testing.ChinaDays;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans over real HTTP on the embedded Infinispan: each test calls from its own address, named by
 * {@code X-Forwarded-For} through the trusted loopback proxy, so that each has its own bucket.
 */
@QuarkusTest
@TestProfile(SmallPlans.class)
class RateLimitHttpTest {

  private static final String PROBE = "/api/v1/test/rate-limit-probe";
  private static final String QUOTA = "/api/v1/quota";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String RATE_LIMITED = "https://credit.zhangye.gov.cn/problems/rate-limited";
  private static final String POLICY =
      "\"burst\";q=20;w=1, \"minute\";q=1000;w=60, \"day\";q=45;w=86400";

  @Test
  void everyAnswerOfALimitedOperationCarriesTheFieldsOfTheDraft() {
    var response = from("203.0.113.1").get(PROBE).then().statusCode(200).extract();
    assertEquals(POLICY, response.header("RateLimit-Policy"));
    List<Item> policy = StructuredFields.policy(response.header("RateLimit-Policy"));
    assertEquals(List.of("burst", "minute", "day"), policy.stream().map(Item::name).toList());
    assertLimit(response, "burst", 19, 1);
  }

  @Test
  void openDataAndErrorAnswersAreLimitedAndOperationsEndpointsAreNot() {
    from("203.0.113.2")
        .get("/api/v1/catalog")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", equalTo(POLICY))
        .header("RateLimit", notNullValue());
    from("203.0.113.2")
        .get("/api/v1/catalog/record-types/NO_SUCH_TYPE")
        .then()
        .statusCode(404)
        .header("RateLimit-Policy", equalTo(POLICY))
        .header("RateLimit", notNullValue());
    from("203.0.113.2")
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", nullValue())
        .header("RateLimit", nullValue());
    assertDayRemaining("203.0.113.2", SmallPlans.PER_DAY - 2);
  }

  @Test
  void anExhaustedBurstIsRefusedWith429RetryAfterAndTheFields() {
    String address = "203.0.113.3";
    assertLimit(batch(address, 20).then().statusCode(200).extract(), "burst", 0, 1);
    var refused =
        batch(address, 20)
            .then()
            .statusCode(429)
            .contentType(PROBLEM_JSON)
            .header("Retry-After", "1")
            .header("RateLimit-Policy", equalTo(POLICY))
            .body("type", equalTo(RATE_LIMITED))
            .body("title", equalTo("请求过于频繁"))
            .body("status", equalTo(429))
            .body("detail", containsString("每秒最多 20 个单位"))
            .body("instance", equalTo(PROBE + "/batch"))
            .extract();
    Item limit = single(StructuredFields.limit(refused.header("RateLimit")));
    assertEquals("burst", limit.name());
    assertEquals("1", limit.parameters().get("t"));
    int dayRemaining = from(address).get(QUOTA).path("windows[2].remaining");
    // The refused call's own unit passes if a token came back meanwhile; its 19 more never do.
    assertTrue(dayRemaining == SmallPlans.PER_DAY - 20 || dayRemaining == SmallPlans.PER_DAY - 21);
  }

  @Test
  void theDailyQuotaIsRespected() throws InterruptedException {
    String address = "203.0.113.4";
    ChinaDays.awaitTimeLeftToday(Duration.ofMinutes(1));
    batch(address, 20).then().statusCode(200);
    waitForTheBurst();
    batch(address, 20).then().statusCode(200);
    waitForTheBurst();
    batch(address, 5).then().statusCode(200);
    long untilMidnight = secondsUntilMidnightInChina();
    var refused =
        from(address)
            .header("Accept-Language", "en")
            .get(PROBE)
            .then()
            .statusCode(429)
            .body("detail", containsString("The 45 units of plan anonymous for today"))
            .extract();
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(Math.abs(retryAfter - untilMidnight) <= 2, retryAfter + " vs " + untilMidnight);
    assertLimit(refused, "day", 0, retryAfter);
    from(address)
        .get(QUOTA)
        .then()
        .statusCode(200)
        .body("windows[2].remaining", equalTo(0))
        .body("windows[2].resetsAt", equalTo(ChinaDays.nextMidnight().toString()));
  }

  @Test
  void anOperationThatCostsMoreChargesMore() {
    assertLimit(
        from("203.0.113.5").get(PROBE + "/costly").then().statusCode(200).extract(),
        "burst",
        17,
        1);
    assertDayRemaining("203.0.113.5", SmallPlans.PER_DAY - 3);
  }

  @Test
  void anOperationChargesTheCostItComputes() {
    var response = batch("203.0.113.6", 7).then().statusCode(200).body(equalTo("7")).extract();
    assertLimit(response, "burst", 13, 1);
    assertDayRemaining("203.0.113.6", SmallPlans.PER_DAY - 7);
  }

  @Test
  void aCallCostingMoreThanThePlanAllowsAtOnceIsRefusedWithoutRetryAfter() {
    batch("203.0.113.7", 21)
        .then()
        .statusCode(429)
        .header("Retry-After", nullValue())
        .header("RateLimit-Policy", equalTo(POLICY))
        .body("type", equalTo(RATE_LIMITED))
        .body("detail", containsString("21 个单位"));
    from("203.0.113.7")
        .header("Accept-Language", "en")
        .queryParam("size", 21)
        .get(PROBE + "/batch")
        .then()
        .statusCode(429)
        .body("detail", containsString("costs 21 units, more than plan anonymous allows"));
    assertDayRemaining("203.0.113.7", SmallPlans.PER_DAY - 2);
  }

  @Test
  void theQuotaIsTheCallersOwnReflectsConsumptionAndCostsNothing() {
    String address = "203.0.113.8";
    from(address)
        .get(QUOTA)
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", equalTo(POLICY))
        .body("plan", equalTo("anonymous"))
        .body("address", equalTo(address))
        .body("client", nullValue())
        .body("enforced", equalTo(true))
        .body("windows.name", contains("burst", "minute", "day"))
        .body("windows.limit", contains(20, 1000, 45))
        .body("windows.windowSeconds", contains(1, 60, 86400))
        .body("windows.remaining", contains(20, 1000, 45));
    from(address).get(PROBE).then().statusCode(200);
    from(address).get(PROBE).then().statusCode(200);
    for (int look = 0; look < 3; look++) {
      assertDayRemaining(address, SmallPlans.PER_DAY - 2);
    }
    from(address)
        .queryParam("client", "demo-agency")
        .queryParam("address", "203.0.113.1")
        .get(QUOTA)
        .then()
        .body("address", equalTo(address))
        .body("client", nullValue());
    var quota = from(address).get(QUOTA).then().extract();
    Instant resetsAt = Instant.parse(quota.path("windows[2].resetsAt"));
    assertEquals(ChinaDays.nextMidnight(), resetsAt);
    int seconds = quota.path("windows[2].resetsInSeconds");
    assertTrue(Math.abs(seconds - secondsUntilMidnightInChina()) <= 2, String.valueOf(seconds));
  }

  @Test
  void trustedProxiesNameTheClientAndWhatTheClientWroteIsNotBelieved() {
    assertAddress("203.0.113.50, 198.51.100.7", "203.0.113.50");
    assertAddress("192.0.2.66, 203.0.113.51", "203.0.113.51");
    assertAddress("unknown", "127.0.0.1");
    assertAddress("[2001:db8:1:2::99]:4711", "2001:db8:1:2::/64");
    given()
        .header("X-Forwarded-For", "192.0.2.66")
        .header("X-Forwarded-For", "203.0.113.52, 198.51.100.9")
        .get(QUOTA)
        .then()
        .body("address", equalTo("203.0.113.52"));
  }

  @Test
  void oneIpv6NetworkIsOneCaller() {
    from("2001:db8:5:6::1").get(PROBE).then().statusCode(200);
    from("2001:db8:5:6:ffff::2")
        .get(QUOTA)
        .then()
        .body("address", equalTo("2001:db8:5:6::/64"))
        .body("windows[2].remaining", equalTo((int) SmallPlans.PER_DAY - 1));
  }

  private static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  private static Response batch(String address, long size) {
    return from(address).queryParam("size", size).get(PROBE + "/batch");
  }

  private static void assertDayRemaining(String address, long remaining) {
    from(address)
        .get(QUOTA)
        .then()
        .statusCode(200)
        .body("windows[2].name", equalTo("day"))
        .body("windows[2].remaining", equalTo((int) remaining));
  }

  private static void assertAddress(String forwardedFor, String counted) {
    from(forwardedFor).get(QUOTA).then().statusCode(200).body("address", equalTo(counted));
  }

  private static void assertLimit(
      ExtractableResponse<Response> response, String window, long remaining, long seconds) {
    Item limit = single(StructuredFields.limit(response.header("RateLimit")));
    assertEquals(window, limit.name(), response.header("RateLimit"));
    assertEquals(String.valueOf(remaining), limit.parameters().get("r"));
    assertEquals(String.valueOf(seconds), limit.parameters().get("t"));
  }

  private static Item single(List<Item> items) {
    assertEquals(1, items.size(), "one window: " + items);
    return items.get(0);
  }

  /** Long enough for a used-up burst of this plan to be whole again. */
  private static void waitForTheBurst() throws InterruptedException {
    Thread.sleep(1_100);
  }

  /**
   * The limiter counts days by the system's clock, not the gateway's Clock bean: a test of the
   * daily quota must not straddle midnight in China, where the day's units come back.
   */
  private static void awaitADayWithTimeForThisTest() throws InterruptedException {
    long untilMidnight = secondsUntilMidnightInChina();
    if (untilMidnight < 60) {
      Thread.sleep((untilMidnight + 2) * 1_000);
    }
  }

  private static long secondsUntilMidnightInChina() {
    return Duration.between(Instant.now(), ChinaDays.nextMidnight()).toSeconds();
  }
}
