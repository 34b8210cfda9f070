package cn.gov.zhangye.credit.query;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A basic-agency plan of 30 units a day, to be used up by enumerating codes. */
public class SmallAgencyPlan implements QuarkusTestProfile {

  static final int PER_DAY = 30;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "credit.rate-limit.plans.agency-basic.burst", "1000",
        "credit.rate-limit.plans.agency-basic.per-minute", "1000",
        "credit.rate-limit.plans.agency-basic.per-day", String.valueOf(PER_DAY));
  }
}
