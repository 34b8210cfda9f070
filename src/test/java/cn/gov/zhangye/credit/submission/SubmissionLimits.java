package cn.gov.zhangye.credit.submission;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A reactive pool of {@value #POOL} connections and room for {@value #PER_CLIENT} submissions of
 * one client at once: more slow uploads than connections fit under the cap.
 */
public class SubmissionLimits implements QuarkusTestProfile {

  static final int POOL = 4;
  static final int PER_CLIENT = 7;
  static final int BYTES_PER_UNIT = 16 * 1024;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.datasource.reactive.max-size",
        String.valueOf(POOL),
        "credit.submission.max-concurrent-per-client",
        String.valueOf(PER_CLIENT),
        "credit.submission.bytes-per-unit",
        String.valueOf(BYTES_PER_UNIT),
        "credit.rate-limit.plans.submitter.burst",
        "1000",
        "credit.rate-limit.plans.submitter.per-minute",
        "100000",
        "credit.rate-limit.plans.submitter.per-day",
        "100000");
  }
}
