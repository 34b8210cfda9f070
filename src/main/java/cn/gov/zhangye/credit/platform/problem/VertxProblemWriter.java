package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.http.RequestIds;
import cn.gov.zhangye.credit.platform.http.RequestPaths;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Answers with a problem from below the REST layer, where no exception mapper runs. */
@ApplicationScoped
public class VertxProblemWriter {

  private final ObjectMapper json;

  @Inject
  VertxProblemWriter(ObjectMapper json) {
    this.json = json;
  }

  public void write(RoutingContext context, ProblemException problem) {
    Locale language =
        Languages.choose(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE.toString()));
    Problem body =
        ProblemResponses.body(
            problem,
            language,
            RequestPaths.echoable(context.request()),
            RequestIds.of(context.request()));
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("A problem body must serialise", impossible);
    }
    var response = context.response().setStatusCode(problem.type().status());
    problem.headers().forEach(response::putHeader);
    response
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .end(text);
  }
}
