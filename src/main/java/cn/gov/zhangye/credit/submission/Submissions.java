package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.jobs.BackgroundWork;
import cn.gov.zhangye.credit.platform.jobs.Leases;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.submission.format.BodyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission port (报送): a batch of records from any source (the HTTP API, a county adapter, a
 * pull from the province) becomes records, or the reasons it does not, with no HTTP in between. The
 * body is received whole into a file first, then stored durably before anything else, so that no
 * transaction waits for a slow sender and an accepted batch is never lost; a small batch is
 * processed before the call returns, a large one in the background on some replica. A retry with
 * the same Idempotency-Key gets the first outcome: replayed when finished, taken over and finished
 * when its first owner is gone, refused when it is a different request. Blocking: call on a worker
 * thread.
 */
@ApplicationScoped
public class Submissions {

  private final SubmissionRepository submissions;
  private final BodySpool spool;
  private final SubmissionIntake intake;
  private final SubmissionProcessor processor;
  private final SubmissionQueue queue;
  private final BackgroundWork background;
  private final SubmissionConfig config;
  private final Leases leases;

  @Inject
  Submissions(
      SubmissionRepository submissions,
      BodySpool spool,
      SubmissionIntake intake,
      SubmissionProcessor processor,
      SubmissionQueue queue,
      BackgroundWork background,
      SubmissionConfig config,
      Leases leases) {
    this.submissions = submissions;
    this.spool = spool;
    this.intake = intake;
    this.processor = processor;
    this.queue = queue;
    this.background = background;
    this.config = config;
    this.leases = leases;
  }

  /**
   * Submits the records of {@code body}, in {@code format}, for {@code clientId}.
   *
   * @throws ProblemException when the batch as a whole is refused: a body that cannot be read or is
   *     too large ({@link SubmissionProblems#TOO_MANY_RECORDS}, the format problems), a reused
   *     Idempotency-Key ({@link SubmissionProblems#IDEMPOTENCY_KEY_REUSED}), or a retry of a small
   *     batch still being processed ({@link SubmissionProblems#REQUEST_IN_PROGRESS})
   */
  public SubmissionOutcome submit(
      String clientId, BodyFormat format, InputStream body, SubmissionOptions options) {
    try (SpooledBody spooled = spool.receive(body)) {
      return submit(clientId, format, spooled, options);
    }
  }

  /** Submits a body already received whole, so that no transaction waits for its bytes. */
  SubmissionOutcome submit(
      String clientId, BodyFormat format, SpooledBody body, SubmissionOptions options) {
    SubmissionRequest request = new SubmissionRequest(clientId, format, options);
    Optional<Submission> earlier =
        options.idempotencyKey().flatMap(key -> submissions.findByKey(clientId, key));
    try (InputStream bytes = body.open()) {
      if (earlier.isPresent()) {
        return repeat(earlier.get(), request, bytes);
      }
      return proceed(intake.receive(request, bytes));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The submission {@code id} of {@code clientId}; empty when the client has none such. */
  public Optional<SubmissionReport> find(String clientId, UUID id) {
    return submissions
        .find(id)
        .filter(submission -> submission.clientId().equals(clientId))
        .map(submission -> reports(List.of(submission)).get(0));
  }

  /** The reports of {@code shown}, their first errors read together. */
  List<SubmissionReport> reports(List<Submission> shown) {
    if (shown.isEmpty()) {
      return List.of();
    }
    int each = config.errorsInAnswer();
    Map<UUID, List<StoredError>> errors =
        submissions.firstErrors(shown.stream().map(Submission::id).toList(), each + 1);
    return shown.stream()
        .map(
            submission -> {
              List<StoredError> first = errors.getOrDefault(submission.id(), List.of());
              boolean more = first.size() > each;
              return SubmissionReport.of(submission, more ? first.subList(0, each) : first, more);
            })
        .toList();
  }

  private SubmissionOutcome repeat(
      Submission earlier, SubmissionRequest request, InputStream body) {
    if (!MessageDigest.isEqual(earlier.fingerprint(), intake.fingerprint(request, body))) {
      throw new ProblemException(
          SubmissionProblems.IDEMPOTENCY_KEY_REUSED,
          new Text(
              "problem.idempotency-key-reused.detail",
              earlier.idempotencyKey().orElseThrow(),
              SubmissionLinks.of(earlier.id())));
    }
    if (!earlier.status().finished()
        && submissions.claim(earlier.id(), leases.take(config.lease()))) {
      return proceed(submissions.find(earlier.id()).orElseThrow());
    }
    return outcomeOf(earlier);
  }

  /** Processes a submission this replica holds: now when it is small, else in the background. */
  private SubmissionOutcome proceed(Submission held) {
    if (processedInBackground(held)) {
      background.run(queue, held.id());
      return outcomeOf(held);
    }
    return outcomeOf(processor.process(held.id()));
  }

  private SubmissionOutcome outcomeOf(Submission submission) {
    SubmissionReport report = reports(List.of(submission)).get(0);
    return switch (submission.status()) {
      case COMPLETED -> new SubmissionOutcome.Completed(report);
      case REJECTED -> new SubmissionOutcome.Rejected(report);
      case RECEIVED, PROCESSING -> {
        if (!processedInBackground(submission)) {
          throw inProgress(config);
        }
        yield new SubmissionOutcome.Processing(report, askAgainAfter(config));
      }
    };
  }

  private boolean processedInBackground(Submission submission) {
    return submission.recordCount() > config.syncMaxRecords();
  }

  /** A retry of a batch whose first request is still being processed: 409 until it is done. */
  static ProblemException inProgress(SubmissionConfig config) {
    return ProblemException.retryLater(
        SubmissionProblems.REQUEST_IN_PROGRESS,
        new Text("problem.request-in-progress.detail"),
        askAgainAfter(config));
  }

  private static Duration askAgainAfter(SubmissionConfig config) {
    return Duration.ofSeconds(Math.max(1, config.lease().toSeconds() / 10));
  }
}
