package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes a submission request through idempotency, intake and processing. A request with a known
 * Idempotency-Key is answered from the stored submission: replayed when finished, resumed when its
 * owner is gone, refused when it is a different request.
 */
@ApplicationScoped
class SubmissionService {

  private final SubmissionRepository submissions;
  private final SubmissionIntake intake;
  private final SubmissionProcessor processor;
  private final SubmissionWorkers workers;
  private final SubmissionAnswers answers;
  private final SubmissionConfig config;
  private final Replica replica;

  @Inject
  SubmissionService(
      SubmissionRepository submissions,
      SubmissionIntake intake,
      SubmissionProcessor processor,
      SubmissionWorkers workers,
      SubmissionAnswers answers,
      SubmissionConfig config,
      Replica replica) {
    this.submissions = submissions;
    this.intake = intake;
    this.processor = processor;
    this.workers = workers;
    this.answers = answers;
    this.config = config;
    this.replica = replica;
  }

  Response submit(SubmissionRequest request, InputStream body, Locale language) {
    Optional<Submission> earlier =
        request.idempotencyKey().flatMap(key -> submissions.findByKey(request.clientId(), key));
    if (earlier.isPresent()) {
      return repeat(earlier.get(), request, body, language);
    }
    Submission received = intake.receive(request, body);
    return proceed(received, language);
  }

  private Response repeat(
      Submission earlier, SubmissionRequest request, InputStream body, Locale language) {
    if (!MessageDigest.isEqual(earlier.fingerprint(), intake.fingerprint(request, body))) {
      throw new ProblemException(
          SubmissionProblems.IDEMPOTENCY_KEY_REUSED,
          new Text(
              "problem.idempotency-key-reused.detail",
              earlier.idempotencyKey().orElseThrow(),
              SubmissionResource.PATH + "/" + earlier.id()));
    }
    if (!earlier.status().finished()
        && submissions.claim(earlier.id(), replica.id(), config.lease())) {
      return proceed(submissions.find(earlier.id()).orElseThrow(), language);
    }
    return answers.answer(earlier, language);
  }

  /** Processes an owned submission now when it is small, else in the background. */
  private Response proceed(Submission owned, Locale language) {
    if (answers.processedInBackground(owned)) {
      workers.process(owned.id());
      return answers.answer(owned, language);
    }
    return answers.answer(processor.process(owned.id()), language);
  }
}
