package cn.gov.zhangye.credit.query.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Credit reports: how long they verify as valid, what they cost and how many at once. */
@ConfigMapping(prefix = "credit.report")
public interface ReportConfig {

  /** How long after its issue a report verifies as valid; after that it verifies as expired. */
  @WithDefault("P90D")
  Duration validity();

  /** The units of the caller's plan one report costs, JSON or PDF (a query costs one). */
  @WithDefault("5")
  long cost();

  /**
   * PDF reports one replica renders at the same time; one more is refused with 503 {@code
   * report-rendering-busy}.
   */
  @WithDefault("4")
  int maxConcurrentRenders();

  /**
   * The most records one report holds; a subject with more gets the first ones (by type in the
   * order of the catalogue, newest decision first), and the report says it is truncated and how
   * many there are.
   */
  @WithDefault("500")
  int maxRecords();
}
