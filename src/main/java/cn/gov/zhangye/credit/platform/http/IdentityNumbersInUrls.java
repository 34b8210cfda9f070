package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses every request whose path or query holds a resident identity number, before anything reads
 * it: URLs end up in logs, metrics, proxies and browser histories. The answer names the POST form
 * that takes the number in its body, and does not echo the number; like every refusal before
 * routing, it is counted in the metrics under one route, not under its path.
 */
@ApplicationScoped
public class IdentityNumbersInUrls {

  /** A resident identity number in a request's path or query. */
  public static final ProblemType IDENTITY_NUMBER_IN_URL =
      new ProblemType("identity-number-in-url", 400);

  private static final int AFTER_REQUEST_ID = 9_500;

  private final ClosingRefusal refusal;

  @Inject
  IdentityNumbersInUrls(ClosingRefusal refusal) {
    this.refusal = refusal;
  }

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          if (holdsIdentityNumber(context.request().path())
              || holdsIdentityNumber(context.request().query())) {
            refusal.refuse(
                context,
                new ProblemException(
                    IDENTITY_NUMBER_IN_URL, new Text("problem.identity-number-in-url.detail")));
          } else {
            context.next();
          }
        },
        AFTER_REQUEST_ID);
  }

  private static boolean holdsIdentityNumber(String raw) {
    if (raw == null) {
      return false;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      decoded = raw;
    }
    return !IdentityNumberMask.mask(decoded).equals(decoded)
        || !IdentityNumberMask.mask(raw).equals(raw);
  }
}
