package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The answer a submission gets, the first time and on every repetition of its request: 200 when it
 * is completed, 202 while a large one is processed, 409 while a small one still is, and 422 when an
 * atomic one was refused.
 */
@ApplicationScoped
class SubmissionAnswers {

  private final SubmissionRepository submissions;
  private final SubmissionConfig config;

  @Inject
  SubmissionAnswers(SubmissionRepository submissions, SubmissionConfig config) {
    this.submissions = submissions;
    this.config = config;
  }

  Response answer(Submission submission, Locale language) {
    return switch (submission.status()) {
      case COMPLETED -> Response.ok(view(submission, language), MediaType.APPLICATION_JSON).build();
      case REJECTED -> throw rejected(submission);
      case RECEIVED, PROCESSING -> {
        if (!processedInBackground(submission)) {
          throw inProgress(config);
        }
        yield Response.accepted(view(submission, language))
            .type(MediaType.APPLICATION_JSON)
            .location(URI.create(SubmissionResource.PATH + "/" + submission.id()))
            .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(config))
            .build();
      }
    };
  }

  boolean processedInBackground(Submission submission) {
    return submission.recordCount() > config.syncMaxRecords();
  }

  SubmissionView view(Submission submission, Locale language) {
    return views(List.of(submission), language).get(0);
  }

  /** The views of {@code shown}, their first errors read together. */
  List<SubmissionView> views(List<Submission> shown, Locale language) {
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<StoredError>> errors =
        submissions.firstErrors(
            shown.stream().map(Submission::id).toList(), config.errorsInAnswer() + 1);
    return shown.stream()
        .map(
            submission -> {
              List<StoredError> first = errors.getOrDefault(submission.id(), List.of());
              boolean more = first.size() > config.errorsInAnswer();
              return SubmissionView.of(
                  submission,
                  more ? first.subList(0, config.errorsInAnswer()) : first,
                  more,
                  language);
            })
        .toList();
  }

  static ProblemException inProgress(SubmissionConfig config) {
    return new ProblemException(
        SubmissionProblems.REQUEST_IN_PROGRESS,
        new Text("problem.request-in-progress.detail"),
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, retryAfterSeconds(config)));
  }

  private ProblemException rejected(Submission submission) {
    List<Violation> violations =
        submissions.errors(submission.id(), 0, config.errorsInAnswer()).stream()
            .map(
                error ->
                    new Violation(
                        "/" + error.index() + error.pointer(), error.code(), error.message()))
            .toList();
    return new ProblemException(
        SubmissionProblems.BATCH_REJECTED,
        new Text(
            "problem.batch-rejected.detail",
            String.valueOf(submission.counts().rejected()),
            String.valueOf(submission.recordCount()),
            SubmissionResource.PATH + "/" + submission.id() + "/errors"),
        violations);
  }

  private static String retryAfterSeconds(SubmissionConfig config) {
    return String.valueOf(Math.max(1, config.lease().toSeconds() / 10));
  }
}
