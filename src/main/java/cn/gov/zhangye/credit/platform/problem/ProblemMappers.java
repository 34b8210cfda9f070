package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.http.AllowedMethods;
import cn.gov.zhangye.credit.platform.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one mapping of failures to problem details for every REST operation. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private final AllowedMethods allowedMethods;

  @Inject
  ProblemMappers(AllowedMethods allowedMethods) {
    this.allowedMethods = allowedMethods;
  }

  @ServerExceptionMapper
  public Response problem(ProblemException problem, HttpServerRequest request) {
    return ProblemResponses.toResponse(problem, request);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException unused, HttpServerRequest request) {
    return ProblemResponses.toResponse(
        new ProblemException(ProblemType.NOT_FOUND, new Text("problem.not-found.detail")), request);
  }

  @ServerExceptionMapper
  public Response methodNotAllowed(NotAllowedException unused, HttpServerRequest request) {
    String allowed = String.join(", ", allowedMethods.of(request.path()));
    return ProblemResponses.toResponse(
        new ProblemException(
            ProblemType.METHOD_NOT_ALLOWED,
            new Text("problem.method-not-allowed.detail", request.method().name(), allowed),
            List.of(),
            Map.of(HttpHeaders.ALLOW, allowed)),
        request);
  }

  @ServerExceptionMapper
  public Response unsupportedMediaType(NotSupportedException unused, HttpServerRequest request) {
    return ProblemResponses.toResponse(
        new ProblemException(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            new Text(
                "problem.unsupported-media-type.detail",
                String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)))),
        request);
  }

  @ServerExceptionMapper
  public Response notAcceptable(NotAcceptableException unused, HttpServerRequest request) {
    return ProblemResponses.toResponse(
        new ProblemException(
            ProblemType.NOT_ACCEPTABLE,
            new Text(
                "problem.not-acceptable.detail",
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)))),
        request);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException malformed, HttpServerRequest request) {
    return ProblemResponses.toResponse(JsonProblems.of(malformed), request);
  }

  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException malformed, HttpServerRequest request) {
    return malformedJson(malformed, request);
  }

  @ServerExceptionMapper
  public Response otherHttpFailure(WebApplicationException failure, HttpServerRequest request) {
    int status = failure.getResponse().getStatus();
    if (failure.getCause() instanceof JsonProcessingException malformed) {
      return malformedJson(malformed, request);
    }
    ProblemType type =
        switch (status) {
          case 400 -> ProblemType.MALFORMED_REQUEST;
          case 404 -> ProblemType.NOT_FOUND;
          case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
          default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
    return ProblemResponses.toResponse(
        new ProblemException(type, new Text("problem." + type.slug() + ".detail")), request);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable failure, HttpServerRequest request) {
    LOG.errorf(failure, "Unexpected failure on %s %s", request.method(), request.path());
    return ProblemResponses.toResponse(
        new ProblemException(ProblemType.INTERNAL_ERROR, new Text("problem.internal-error.detail")),
        request);
  }
}
