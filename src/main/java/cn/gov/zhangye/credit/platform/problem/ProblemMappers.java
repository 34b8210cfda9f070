package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.Causes;
import cn.gov.zhangye.credit.platform.http.AllowedMethods;
import cn.gov.zhangye.credit.platform.http.RequestPaths;
import cn.gov.zhangye.credit.platform.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one mapping of failures to problem details for every REST operation. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private static final String RETRY_AFTER_SECONDS = "5";

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
    return answer(ProblemType.NOT_FOUND, request);
  }

  @ServerExceptionMapper
  public Response methodNotAllowed(NotAllowedException unused, HttpServerRequest request) {
    String allowed = String.join(", ", allowedMethods.of(RequestPaths.normalised(request)));
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
    return answerNaming(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpHeaders.CONTENT_TYPE, request);
  }

  @ServerExceptionMapper
  public Response notAcceptable(NotAcceptableException unused, HttpServerRequest request) {
    return answerNaming(ProblemType.NOT_ACCEPTABLE, HttpHeaders.ACCEPT, request);
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
    if (failure.getCause() instanceof JsonProcessingException malformed) {
      return malformedJson(malformed, request);
    }
    int status = failure.getResponse().getStatus();
    return answer(
        switch (status) {
          case 404 -> ProblemType.NOT_FOUND;
          case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
          default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        },
        request);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable failure, HttpServerRequest request) {
    if (Causes.find(failure, ConnectException.class) != null
        || Causes.find(failure, ClosedConnectionException.class) != null) {
      LOG.warnf(
          "Database unreachable on %s %s: %s",
          request.method(), RequestPaths.normalised(request), failure);
      return ProblemResponses.toResponse(
          new ProblemException(
              ProblemType.SERVICE_UNAVAILABLE,
              new Text("problem.service-unavailable.detail"),
              List.of(),
              Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)),
          request);
    }
    LOG.errorf(
        failure, "Unexpected failure on %s %s", request.method(), RequestPaths.normalised(request));
    return answer(ProblemType.INTERNAL_ERROR, request);
  }

  /** A problem of {@code type} with its general detail text. */
  private static Response answer(ProblemType type, HttpServerRequest request) {
    return ProblemResponses.toResponse(
        new ProblemException(type, new Text("problem." + type.slug() + ".detail")), request);
  }

  /** A problem of {@code type} whose detail quotes the request header that caused it. */
  private static Response answerNaming(ProblemType type, String header, HttpServerRequest request) {
    return ProblemResponses.toResponse(
        new ProblemException(
            type,
            new Text(
                "problem." + type.slug() + ".detail", String.valueOf(request.getHeader(header)))),
        request);
  }
}
