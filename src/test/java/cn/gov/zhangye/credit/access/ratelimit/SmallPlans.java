package cn.gov.zhangye.credit.access.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An anonymous plan small enough to use up in a test (20 per second, 1000 per minute, 45 per day),
 * behind a trusted loopback proxy, so that each test is its own caller by {@code X-Forwarded-For}.
 * 198.51.100.0/24 is a second layer of trusted proxies.
 */
public class SmallPlans implements QuarkusTestProfile {

  static final long BURST = 20;
  static final long PER_MINUTE = 1000;
  static final long PER_DAY = 45;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "credit.rate-limit.trusted-proxies", "127.0.0.0/8,::1/128,198.51.100.0/24",
        "credit.rate-limit.plans.anonymous.burst", String.valueOf(BURST),
        "credit.rate-limit.plans.anonymous.per-minute", String.valueOf(PER_MINUTE),
        "credit.rate-limit.plans.anonymous.per-day", String.valueOf(PER_DAY));
  }
}
