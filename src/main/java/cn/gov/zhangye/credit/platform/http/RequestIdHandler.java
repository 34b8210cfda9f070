package cn.gov.zhangye.credit.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else sees it: the request header is normalised to the
 * chosen id, the response echoes it, and the logs of the request carry it as {@code requestId}.
 */
@ApplicationScoped
public class RequestIdHandler {

  private static final int BEFORE_EVERYTHING = 10_000;

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          String id = RequestIds.choose(context.request().getHeader(RequestIds.HEADER));
          context.request().headers().set(RequestIds.HEADER, id);
          context.response().headers().set(RequestIds.HEADER, id);
          MDC.put("requestId", id);
          context.next();
        },
        BEFORE_EVERYTHING);
  }
}
