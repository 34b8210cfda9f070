package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;

/** The answer to a call its plan does not allow now. */
public final class RateLimitProblems {

  public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", 429);

  private RateLimitProblems() {}

  static ProblemException refused(Verdict verdict) {
    String plan = verdict.plan().name();
    if (verdict.retryAfterSeconds().isEmpty()) {
      return new ProblemException(
          RATE_LIMITED,
          new Text("rate-limit.too-costly", verdict.units(), plan, verdict.plan().largestCost()));
    }
    long retryAfter = verdict.retryAfterSeconds().getAsLong();
    WindowState binding = verdict.binding();
    return new ProblemException(
        RATE_LIMITED,
        new Text(
            "rate-limit.exceeded." + binding.window().policy(), plan, binding.limit(), retryAfter),
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter)));
  }
}
