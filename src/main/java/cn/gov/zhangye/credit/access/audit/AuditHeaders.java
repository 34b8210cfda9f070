package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import io.vertx.core.http.HttpServerRequest;

/** Request headers whose values an audit entry keeps. */
public final class AuditHeaders {

  /** Why an agency queries (a value of the configured purpose list). */
  public static final String QUERY_PURPOSE = "Query-Purpose";

  /** The reference of the subject's signed authorisation. */
  public static final String CONSENT_REFERENCE = "Consent-Reference";

  private AuditHeaders() {}

  /** The value of {@code header} as an audit entry keeps it: identity numbers masked. */
  static String masked(HttpServerRequest request, String header) {
    return IdentityNumberMask.mask(request.getHeader(header));
  }
}
