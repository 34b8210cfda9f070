package cn.gov.zhangye.credit.query.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Credit reports: how long they verify as valid, and the purposes of a person's report. */
@ConfigMapping(prefix = "credit.report")
public interface ReportConfig {

  /** How long after its issue a report verifies as valid; after that it verifies as expired. */
  @WithDefault("P90D")
  Duration validity();

  /** The values of {@code Query-Purpose} accepted for a person's report. */
  @WithDefault("LOAN,EMPLOYMENT,LEASE,TENDER,OTHER")
  Set<String> queryPurposes();
}
