package cn.gov.zhangye.credit.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Puts {@code Strict-Transport-Security} on every answer when {@code credit.http.hsts.enabled}: set
 * only where the gateway is reached over TLS (at the gateway or at its proxy), since a browser
 * keeps the rule for {@code max-age}.
 */
@ApplicationScoped
public class StrictTransportSecurity {

  static final String HEADER = "Strict-Transport-Security";
  private static final int BEFORE_EVERYTHING_ELSE = 10_100;

  private final HstsConfig config;

  @Inject
  StrictTransportSecurity(HstsConfig config) {
    this.config = config;
  }

  void register(@Observes Filters filters) {
    if (!config.enabled()) {
      return;
    }
    String value =
        "max-age="
            + config.maxAge().toSeconds()
            + (config.includeSubDomains() ? "; includeSubDomains" : "");
    filters.register(
        context -> {
          context.response().headers().set(HEADER, value);
          context.next();
        },
        BEFORE_EVERYTHING_ELSE);
  }
}
