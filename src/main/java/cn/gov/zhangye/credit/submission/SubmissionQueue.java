package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.jobs.ClaimableWork;
import cn.gov.zhangye.credit.platform.jobs.Lease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Large submissions processed in the background, and abandoned ones resumed: those whose owner
 * crashed or stopped (its lease ran out), on this replica or another, after a restart too.
 */
@ApplicationScoped
class SubmissionQueue implements ClaimableWork<UUID> {

  private final SubmissionRepository submissions;
  private final SubmissionProcessor processor;
  private final SubmissionConfig config;

  @Inject
  SubmissionQueue(
      SubmissionRepository submissions, SubmissionProcessor processor, SubmissionConfig config) {
    this.submissions = submissions;
    this.processor = processor;
    this.config = config;
  }

  @Override
  public String name() {
    return "submission";
  }

  @Override
  public int concurrency() {
    return config.workers();
  }

  @Override
  public Duration lease() {
    return config.lease();
  }

  @Override
  public Duration pollInterval() {
    return config.resumeInterval();
  }

  @Override
  public Optional<UUID> claimAbandoned(Lease lease) {
    return submissions.claimAbandoned(lease);
  }

  @Override
  public void process(UUID submission) {
    processor.process(submission);
  }
}
