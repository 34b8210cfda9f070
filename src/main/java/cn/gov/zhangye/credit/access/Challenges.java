package cn.gov.zhangye.credit.access;

import java.util.Collection;

/** The {@code WWW-Authenticate} challenges of the gateway (RFC 7617, RFC 6750 §3). */
public final class Challenges {

  public static final String REALM = "credit-gateway";

  private static final String BEARER = "Bearer realm=\"" + REALM + "\"";

  private Challenges() {}

  /** For a client that failed to authenticate at the token endpoint. */
  public static String basic() {
    return "Basic realm=\"" + REALM + "\"";
  }

  /** For a call without a token. */
  public static String bearer() {
    return BEARER;
  }

  /** For a call whose token is malformed, expired, revoked or not ours. */
  public static String invalidToken() {
    return BEARER + ", error=\"invalid_token\"";
  }

  /** For a call whose token lacks the scopes the operation needs. */
  public static String insufficientScope(Collection<String> scopes) {
    return BEARER + ", error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\"";
  }
}
