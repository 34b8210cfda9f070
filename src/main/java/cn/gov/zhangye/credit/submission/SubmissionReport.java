package cn.gov.zhangye.credit.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A submission as the submission port reports it: where it stands, what became of its records so
 * far and the first reasons records were refused.
 */
public record SubmissionReport(
    UUID id,
    SubmissionStatus status,
    boolean atomic,
    String mediaType,
    int records,
    SubmissionCounts counts,
    Instant receivedAt,
    Optional<Instant> completedAt,
    List<StoredError> firstErrors,
    boolean moreErrors) {

  public SubmissionReport {
    firstErrors = List.copyOf(firstErrors);
  }

  static SubmissionReport of(Submission submission, List<StoredError> firstErrors, boolean more) {
    return new SubmissionReport(
        submission.id(),
        submission.status(),
        submission.atomic(),
        submission.mediaType(),
        submission.recordCount(),
        submission.counts(),
        submission.receivedAt(),
        submission.completedAt(),
        firstErrors,
        more);
  }
}
