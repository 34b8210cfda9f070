package cn.gov.zhangye.credit.platform.http;

import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id: the caller's {@code X-Request-Id} when it is sane and holds no resident identity
 * number (it is echoed, logged and audited), else a new one.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private RequestIds() {}

  public static String choose(String callerId) {
    return callerId != null
            && SANE.matcher(callerId).matches()
            && !IdentityNumberMask.holdsAny(callerId)
        ? callerId
        : UUID.randomUUID().toString();
  }

  /** The id of a request that passed {@link RequestIdHandler}. */
  public static String of(HttpServerRequest request) {
    return request.getHeader(HEADER);
  }
}
