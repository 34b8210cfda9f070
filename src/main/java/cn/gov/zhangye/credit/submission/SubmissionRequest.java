package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.submission.format.BodyFormat;
import java.util.Optional;

/**
 * A submission as requested, apart from its body.
 *
 * @param mediaType the body's media type without parameters
 */
record SubmissionRequest(
    String clientId,
    Optional<String> idempotencyKey,
    BodyFormat format,
    String mediaType,
    boolean atomic) {

  /** What, besides the body, makes two requests the same request. */
  String fingerprintPrefix() {
    return mediaType + "\n" + (atomic ? "atomic" : "per-record") + "\n";
  }
}
