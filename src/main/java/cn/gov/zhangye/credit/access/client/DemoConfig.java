package cn.gov.zhangye.credit.access.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo mode: clients with well-known secrets, for trying the gateway out. */
@ConfigMapping(prefix = "credit.access.demo")
public interface DemoConfig {

  /**
   * Whether to create the demo clients at start. Off unless set: the launcher sets it when it runs
   * the embedded database and nothing else configured it.
   */
  @WithDefault("false")
  boolean enabled();
}
