package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.i18n.Text;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Thrown by any feature to answer with a problem: the type, a detail and, for validation, the
 * violations. Rendered as {@code application/problem+json} in the caller's language.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final Text detail;
  private final List<Violation> violations;
  private final Map<String, String> headers;

  public ProblemException(ProblemType type, Text detail) {
    this(type, detail, List.of(), Map.of());
  }

  public ProblemException(ProblemType type, Text detail, List<Violation> violations) {
    this(type, detail, violations, Map.of());
  }

  public ProblemException(
      ProblemType type, Text detail, List<Violation> violations, Map<String, String> headers) {
    super(type.slug() + ": " + detail.key(), null, false, false);
    this.type = type;
    this.detail = detail;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  /** A problem that tells the caller after how long trying again is worth it (Retry-After). */
  public static ProblemException retryLater(ProblemType type, Text detail, Duration after) {
    return new ProblemException(
        type, detail, List.of(), Map.of("Retry-After", String.valueOf(after.toSeconds())));
  }

  public ProblemType type() {
    return type;
  }

  public Text detail() {
    return detail;
  }

  public List<Violation> violations() {
    return violations;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
