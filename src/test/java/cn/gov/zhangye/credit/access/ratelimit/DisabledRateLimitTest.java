package cn.gov.zhangye.credit.access.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code credit.rate-limit.enabled=false}: nothing counted, refused, or announced. */
@QuarkusTest
@TestProfile(DisabledRateLimitTest.Disabled.class)
class DisabledRateLimitTest {

  /** Plans off, with a plan that would refuse the second call. */
  public static class Disabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "credit.rate-limit.enabled", "false",
          "credit.rate-limit.plans.anonymous.burst", "1",
          "credit.rate-limit.plans.anonymous.per-minute", "1",
          "credit.rate-limit.plans.anonymous.per-day", "1");
    }
  }

  @Test
  void nothingIsCountedRefusedOrAnnounced() {
    for (int call = 0; call < 3; call++) {
      given()
          .get("/api/v1/test/rate-limit-probe/costly")
          .then()
          .statusCode(200)
          .header("RateLimit", nullValue())
          .header("RateLimit-Policy", nullValue());
    }
    given()
        .get("/api/v1/quota")
        .then()
        .statusCode(200)
        .header("RateLimit", nullValue())
        .body("enforced", equalTo(false))
        .body("windows.remaining", contains(1, 1, 1));
  }
}
