package cn.gov.zhangye.credit.submission;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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

  /**
   * Where a body is written while it arrives, before any transaction starts; each file is
   * owner-only and deleted once the body is stored in the database or refused.
   */
  @WithDefault("data/spool")
  Path spoolDirectory();

  /**
   * At start-up, spool files left by a crash are deleted once they have not changed for this long.
   * Not all of them: the directory may be shared storage that other replicas receive bodies into,
   * and a file stops changing once its body has arrived, while it is stored. Keep it above {@code
   * quarkus.http.idle-timeout} plus the time the largest body takes to store.
   */
  @WithDefault("PT1H")
  Duration spoolLeftoverAge();

  /**
   * Submissions one client may have arriving or being processed before the answer at the same time
   * on one replica; one more is refused with 429 {@code too-many-concurrent-submissions}.
   */
  @WithDefault("4")
  int maxConcurrentPerClient();

  /** The body size that costs one rate-limit unit: a body costs one unit per started size. */
  @WithDefault("1M")
  MemorySize bytesPerUnit();
}
