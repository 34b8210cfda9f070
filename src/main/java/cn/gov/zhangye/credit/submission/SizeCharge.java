package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.ratelimit.RateLimitedCall;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Charges a submission to the caller's plan by the size of its body: one unit per started {@code
 * credit.submission.bytes-per-unit}, the unit every call costs included. Blocking: call on a worker
 * thread.
 */
@RequestScoped
class SizeCharge {

  private final RateLimitedCall call;
  private final long bytesPerUnit;

  @Inject
  SizeCharge(RateLimitedCall call, SubmissionConfig config) {
    this.call = call;
    this.bytesPerUnit = config.bytesPerUnit().asLongValue();
  }

  /**
   * Brings the charge of this call to what a body of {@code bytes} costs; a charge already taken
   * for as many bytes or more stays as it is.
   *
   * @throws ProblemException {@code rate-limited} when the plan does not allow it now
   */
  void forBytes(long bytes) {
    call.costs(units(bytes)).await().indefinitely();
  }

  long units(long bytes) {
    return Math.max(1, (bytes + bytesPerUnit - 1) / bytesPerUnit);
  }
}
