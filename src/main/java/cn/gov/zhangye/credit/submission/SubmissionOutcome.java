package cn.gov.zhangye.credit.submission;

import java.time.Duration;

/** What the submission port answers for a batch: the first time and on every retry. */
public sealed interface SubmissionOutcome {

  SubmissionReport report();

  /** Every record is either accepted or refused with its reasons. */
  record Completed(SubmissionReport report) implements SubmissionOutcome {}

  /**
   * A large batch is stored durably and being processed in the background.
   *
   * @param askAgainAfter when asking for its progress is worth it
   */
  record Processing(SubmissionReport report, Duration askAgainAfter) implements SubmissionOutcome {}

  /** An atomic batch with refused records: nothing of it was written. */
  record Rejected(SubmissionReport report) implements SubmissionOutcome {}
}
