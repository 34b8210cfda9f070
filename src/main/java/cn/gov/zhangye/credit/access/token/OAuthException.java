package cn.gov.zhangye.credit.access.token;

/**
 * Refuses a token request with an RFC 6749 §5.2 error. The description is English: the RFC allows
 * only printable ASCII in {@code error_description}.
 */
class OAuthException extends RuntimeException {

  private final OAuthError error;

  OAuthException(OAuthError error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  OAuthError error() {
    return error;
  }

  String description() {
    return getMessage();
  }
}
