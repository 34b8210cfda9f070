package cn.gov.zhangye.credit.platform.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway treats its database beyond the connection settings of Quarkus. */
@ConfigMapping(prefix = "credit.database")
public interface DatabaseConfig {

  /** First wait before migrating again when the database could not be reached at start. */
  @WithDefault("1s")
  Duration migrationRetryInitialDelay();

  /** Longest wait between migration attempts. */
  @WithDefault("30s")
  Duration migrationRetryMaxDelay();
}
