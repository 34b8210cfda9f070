package cn.gov.zhangye.credit.platform.problem;

import java.net.URI;

/**
 * A kind of problem with a stable {@code type} URI. Its title is the message {@code
 * problem.<slug>.title}; every type is documented in {@code docs/errors.md}.
 */
public record ProblemType(String slug, int status) {

  public static final String BASE_URI = "https://credit.zhangye.gov.cn/problems/";

  public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", 400);
  public static final ProblemType NON_CANONICAL_PATH = new ProblemType("non-canonical-path", 400);
  public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404);
  public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405);
  public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406);
  public static final ProblemType LENGTH_REQUIRED = new ProblemType("length-required", 411);
  public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413);
  public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
      new ProblemType("unsupported-media-type", 415);
  public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", 422);
  public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500);
  public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable", 503);

  public URI uri() {
    return URI.create(BASE_URI + slug);
  }

  public String titleKey() {
    return "problem." + slug + ".title";
  }
}
