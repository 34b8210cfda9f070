package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimitFieldsTest {

  private static final Instant NOW = Instant.parse("2026-05-23T07:30:18.250Z");
  private static final Plan PLAN = new Plan("agency-basic", 20, 600, 50000);

  @Test
  void thePolicyListsEveryWindowOfThePlan() {
    assertEquals(
        "\"burst\";q=20;w=1, \"minute\";q=600;w=60, \"day\";q=50000;w=86400",
        RateLimitFields.policy(PLAN));
  }

  @Test
  void theLimitReportsTheWindowWithTheFewestUnitsLeft() {
    assertEquals("\"burst\";r=19;t=1", RateLimitFields.limit(allowed(19, 594, 48211)));
    assertEquals("\"minute\";r=7;t=42", RateLimitFields.limit(allowed(20, 7, 48211)));
    assertEquals("\"day\";r=3;t=30582", RateLimitFields.limit(allowed(20, 594, 3)));
  }

  @Test
  void onATieTheLongerWindowIsReported() {
    assertEquals("\"minute\";r=5;t=42", RateLimitFields.limit(allowed(5, 5, 48211)));
    assertEquals("\"day\";r=0;t=30582", RateLimitFields.limit(allowed(0, 0, 0)));
  }

  @Test
  void aRefusalReportsTheWindowShortOfTheUnitsThatIsWholeLast() {
    Verdict refused = new Verdict(PLAN, 3, false, OptionalLong.of(42), windows(1, 2, 48211));
    assertEquals(Window.MINUTE, refused.binding().window());
    assertEquals("\"minute\";r=2;t=42", RateLimitFields.limit(refused));
  }

  private static Verdict allowed(long burst, long minute, long day) {
    return new Verdict(PLAN, 1, true, OptionalLong.empty(), windows(burst, minute, day));
  }

  private static List<WindowState> windows(long burst, long minute, long day) {
    return List.of(
        WindowState.of(Window.BURST, 20, burst, NOW),
        WindowState.of(Window.MINUTE, 600, minute, NOW),
        WindowState.of(Window.DAY, 50000, day, NOW));
  }
}
