package cn.gov.zhangye.credit.platform.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpUtils;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The path of a request as routing sees it, and whether its raw spelling is canonical. Limits,
 * rules and audit judge the normalised path; a request whose raw path is not canonical is refused
 * before anything else ({@link RequestTargetRefusal}), so that raw and normalised paths of every
 * request that goes on spell the same operation.
 */
public final class RequestPaths {

  /** A percent-encoded unreserved character (RFC 3986 §2.3), slash or backslash. */
  private static final Pattern NEEDLESSLY_ENCODED =
      Pattern.compile("%(2[dDeEfF]|3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|5[cCfF]|7[eE])");

  private RequestPaths() {}

  /** The path with dot segments removed and unreserved characters decoded, as routing uses it. */
  public static String normalised(HttpServerRequest request) {
    String raw = request.path();
    return raw == null ? null : HttpUtils.normalizePath(raw);
  }

  /**
   * The normalised path to show in an answer, or null when the raw path is not canonical: such a
   * path is never echoed.
   */
  public static String echoable(HttpServerRequest request) {
    String raw = request.path();
    return raw != null && isCanonical(raw) ? HttpUtils.normalizePath(raw) : null;
  }

  /**
   * Whether {@code rawPath} has no dot segment ({@code .}, {@code ..}, also before a {@code ;}
   * parameter), no percent-encoded dot, slash, backslash or other unreserved character, no
   * backslash and no empty segment.
   */
  public static boolean isCanonical(String rawPath) {
    if (rawPath.indexOf('\\') >= 0
        || rawPath.contains("//")
        || NEEDLESSLY_ENCODED.matcher(rawPath).find()) {
      return false;
    }
    for (String segment : rawPath.split("/", -1)) {
      String name = segment.split(";", 2)[0].toLowerCase(Locale.ROOT);
      if (name.equals(".") || name.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
