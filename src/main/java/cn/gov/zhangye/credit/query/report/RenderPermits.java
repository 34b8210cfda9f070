package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the PDF reports one replica renders at once ({@code
 * credit.report.max-concurrent-renders}): rendering takes CPU time and memory, and a caller waits
 * for a refusal rather than in a queue.
 */
@ApplicationScoped
class RenderPermits {

  /** About the time a report takes to render. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private final Semaphore permits;
  private final int most;

  @Inject
  RenderPermits(ReportConfig config) {
    this.most = config.maxConcurrentRenders();
    this.permits = new Semaphore(most);
  }

  /**
   * What {@code rendering} makes, with a permit held meanwhile.
   *
   * @throws ProblemException {@link ReportProblems#RENDERING_BUSY} when none is free
   */
  <T> T render(Supplier<T> rendering) {
    if (!permits.tryAcquire()) {
      throw ProblemException.retryLater(
          ReportProblems.RENDERING_BUSY,
          new Text("problem.report-rendering-busy.detail", String.valueOf(most)),
          RETRY_AFTER);
    }
    try {
      return rendering.get();
    } finally {
      permits.release();
    }
  }
}
