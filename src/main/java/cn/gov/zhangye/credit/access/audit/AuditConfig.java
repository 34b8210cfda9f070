package cn.gov.zhangye.credit.access.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the audit log is written and read. */
@ConfigMapping(prefix = "credit.audit")
public interface AuditConfig {

  /**
   * Hash chains each replica writes in parallel: entries of one chain are written one after the
   * other, chains independently.
   */
  @WithDefault("8")
  int lanes();
}
