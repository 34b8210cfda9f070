package cn.gov.zhangye.credit.submission;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and pacing of submissions. */
@ConfigMapping(prefix = "credit.submission")
public interface SubmissionConfig {

  /** The most records one submission may hold; more is refused with 413. */
  @WithDefault("500000")
  int maxRecords();

  /**
   * Submissions of at most this many records are processed before the answer (200); larger ones are
   * answered 202 as soon as the body is stored and processed in the background.
   */
  @WithDefault("10000")
  int syncMaxRecords();

  /** Records written per transaction: a crash leaves all of a chunk or none of it. */
  @WithDefault("1000")
  int chunkRecords();

  /** The size of the parts the received body is stored in. */
  @WithDefault("1M")
  MemorySize payloadPartSize();

  /**
   * How long a replica owns a submission it processes without showing progress; after that another
   * replica (or the same one after a restart) resumes it.
   */
  @WithDefault("PT30S")
  Duration lease();

  /** How often each replica looks for abandoned submissions to resume. */
  @WithDefault("PT10S")
  Duration resumeInterval();

  /** Submissions processed in the background at the same time by one replica. */
  @WithDefault("2")
  int workers();

  /** Record errors shown in a submission's answer; all of them are paged at its errors resource. */
  @WithDefault("100")
  int errorsInAnswer();
}
