package cn.gov.zhangye.credit.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Pacing of the run-once-per-cluster schedules. */
@ConfigMapping(prefix = "credit.jobs")
public interface JobsConfig {

  /** How often each replica looks whether a scheduled job is due. */
  @WithDefault("PT5S")
  Duration tick();

  /**
   * How long a replica holds a due job while it runs it; a replica that crashed mid-run leaves it
   * to another once this has passed.
   */
  @WithDefault("PT5M")
  Duration lease();
}
