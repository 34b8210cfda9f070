package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps the submissions of one client that are arriving or being processed before the answer at the
 * same time, per replica: a count in memory, which a crashed replica cannot leave behind.
 */
@ApplicationScoped
class ConcurrentSubmissions {

  /** When a refused client is told to try again: a small batch takes about that long. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final int most;
  private final Map<String, Integer> running = new ConcurrentHashMap<>();

  @Inject
  ConcurrentSubmissions(SubmissionConfig config) {
    this.most = config.maxConcurrentPerClient();
  }

  /**
   * Counts one more submission of {@code clientId} until the answer closes it.
   *
   * @throws ProblemException {@link SubmissionProblems#TOO_MANY_CONCURRENT_SUBMISSIONS} when the
   *     client already has as many as it may
   */
  Running enter(String clientId) {
    running.compute(
        clientId,
        (client, count) -> {
          int now = count == null ? 0 : count;
          if (now >= most) {
            throw ProblemException.retryLater(
                SubmissionProblems.TOO_MANY_CONCURRENT_SUBMISSIONS,
                new Text("problem.too-many-concurrent-submissions.detail", String.valueOf(most)),
                RETRY_AFTER);
          }
          return now + 1;
        });
    return () ->
        running.computeIfPresent(clientId, (client, count) -> count == 1 ? null : count - 1);
  }

  /** One submission being received or processed; closing it ends its count. */
  interface Running extends AutoCloseable {
    @Override
    void close();
  }
}
