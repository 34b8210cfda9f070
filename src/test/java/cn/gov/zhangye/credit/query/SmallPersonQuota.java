package cn.gov.zhangye.credit.query;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The licensed agency's plan with a person-query quota of three a day. */
public class SmallPersonQuota implements QuarkusTestProfile {

  static final int PER_DAY = 3;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "credit.rate-limit.plans.agency-plus.person-queries-per-day", String.valueOf(PER_DAY));
  }
}
