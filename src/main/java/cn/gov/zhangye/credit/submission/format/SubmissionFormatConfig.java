package cn.gov.zhangye.credit.submission.format;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the submission body readers. */
@ConfigMapping(prefix = "credit.submission.format")
public interface SubmissionFormatConfig {

  /** How deeply objects and arrays may nest in a record, the record itself being level 1. */
  @WithDefault("16")
  int maxNestingDepth();

  /** The largest record in bytes: a JSON record, an NDJSON line or a CSV row. */
  @WithDefault("65536")
  int maxRecordBytes();
}
