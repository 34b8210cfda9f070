package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.paging.Keyset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a submission stands in its client's list, newest first: received, then id.
 *
 * @param receivedAt when it was received, to the microsecond as stored
 */
record SubmissionKey(Instant receivedAt, UUID id) {

  static final Keyset<SubmissionKey> KEYSET =
      Keyset.of(
          "submissions",
          key -> List.of(key.receivedAt().toString(), key.id().toString()),
          values -> new SubmissionKey(values.instant(0), values.uuid(1)));

  static SubmissionKey of(Submission submission) {
    return new SubmissionKey(submission.receivedAt(), submission.id());
  }
}
