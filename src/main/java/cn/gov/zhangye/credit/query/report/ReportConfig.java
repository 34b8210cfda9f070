package cn.gov.zhangye.credit.query.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Credit reports: how long they verify as valid. */
@ConfigMapping(prefix = "credit.report")
public interface ReportConfig {

  /** How long after its issue a report verifies as valid; after that it verifies as expired. */
  @WithDefault("P90D")
  Duration validity();
}
