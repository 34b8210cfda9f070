package cn.gov.zhangye.credit.access.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The client id and secret of a token request, sent either as HTTP Basic ({@code
 * client_secret_basic}: both form-url-encoded, then Base64) or in the form ({@code
 * client_secret_post}), never both.
 */
record ClientCredentials(String id, String secret) {

  static final String FAILED = "client authentication failed";

  private static final String BASIC = "basic ";

  /**
   * The credentials of a request with the {@code Authorization} header {@code authorization} (may
   * be null) and the form members {@code client_id} and {@code client_secret} (may be null).
   */
  static ClientCredentials of(String authorization, String formId, String formSecret) {
    if (authorization == null) {
      if (formId == null || formSecret == null) {
        throw new OAuthException(
            OAuthError.INVALID_CLIENT,
            "client authentication is missing: send HTTP Basic, or client_id and client_secret");
      }
      return new ClientCredentials(formId, formSecret);
    }
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
      throw new OAuthException(
          OAuthError.INVALID_CLIENT, "only HTTP Basic client authentication is supported");
    }
    ClientCredentials basic = basic(authorization.substring(BASIC.length()).strip());
    if (formSecret != null || formId != null && !formId.equals(basic.id())) {
      throw new OAuthException(
          OAuthError.INVALID_REQUEST, "the client authenticated in more than one way");
    }
    return basic;
  }

  private static ClientCredentials basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
      }
      return new ClientCredentials(
          URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, FAILED);
    }
  }

  @Override
  public String toString() {
    return "ClientCredentials[id=" + id + "]";
  }
}
