package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.submission.format.BodyFormat;

/** A submission as requested, apart from its body. */
record SubmissionRequest(String clientId, BodyFormat format, SubmissionOptions options) {

  /** What, besides the body, makes two requests the same request. */
  String fingerprintPrefix() {
    return format.mediaType() + "\n" + (options.atomic() ? "atomic" : "per-record") + "\n";
  }
}
