package cn.gov.zhangye.credit.access.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the audit log is written, anchored and read, and how long refusal counters are kept. */
@ConfigMapping(prefix = "credit.audit")
public interface AuditConfig {

  /**
   * Hash chains each replica writes in parallel: entries of one chain are written one after the
   * other, chains independently.
   */
  @WithDefault("8")
  int lanes();

  /** The signed checkpoints of the chains. */
  Checkpoint checkpoint();

  /** The counters of refused calls. */
  Refusals refusals();

  /** When each replica signs the heads of its lanes (and always at shutdown). */
  interface Checkpoint {

    /** Time between two checkpoints of a replica's lanes; a lane that did not move is skipped. */
    @WithDefault("5M")
    Duration interval();
  }

  /** The per-minute counters of refused calls (401, 403, 429). */
  interface Refusals {

    /** How long a minute's counters are kept before the retention job removes them. */
    @WithDefault("P90D")
    Duration retention();
  }
}
