package cn.gov.zhangye.credit.query.report;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Reports of at most {@value #MAX_RECORDS} records, one PDF rendered at a time, and an agency's day
 * of units small enough to read what a call took.
 */
public class ReportLimits implements QuarkusTestProfile {

  static final int MAX_RECORDS = 3;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "credit.report.max-records", String.valueOf(MAX_RECORDS),
        "credit.report.max-concurrent-renders", "1",
        "credit.rate-limit.plans.agency-plus.burst", "1000",
        "credit.rate-limit.plans.agency-plus.per-minute", "100000",
        "credit.rate-limit.plans.agency-plus.per-day", "100000");
  }
}
