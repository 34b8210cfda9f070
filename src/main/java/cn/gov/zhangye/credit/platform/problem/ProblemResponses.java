package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.http.RequestIds;
import cn.gov.zhangye.credit.platform.http.RequestPaths;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Turns a {@link ProblemException} into an {@code application/problem+json} answer. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemResponses() {}

  public static Response toResponse(ProblemException problem, HttpServerRequest request) {
    Locale language = Languages.choose(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    Response.ResponseBuilder response =
        Response.status(problem.type().status())
            .type(MEDIA_TYPE)
            .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
            .entity(
                body(problem, language, RequestPaths.echoable(request), RequestIds.of(request)));
    problem.headers().forEach(response::header);
    return response.build();
  }

  /** The problem's body; {@code path}, the {@code instance}, is masked, and left out when null. */
  public static Problem body(
      ProblemException problem, Locale language, String path, String requestId) {
    List<Problem.FieldError> errors =
        problem.violations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        IdentityNumberMask.mask(v.pointer()),
                        v.code(),
                        IdentityNumberMask.mask(v.message().in(language))))
            .toList();
    return new Problem(
        problem.type().uri(),
        new Text(problem.type().titleKey()).in(language),
        problem.type().status(),
        IdentityNumberMask.mask(problem.detail().in(language)),
        instance(IdentityNumberMask.mask(path)),
        requestId,
        errors);
  }

  private static URI instance(String path) {
    try {
      return path == null ? null : URI.create(path);
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }
}
