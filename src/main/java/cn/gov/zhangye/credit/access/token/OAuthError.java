package cn.gov.zhangye.credit.access.token;

/** The error codes of the token endpoint (RFC 6749 §5.2) that the gateway answers with. */
enum OAuthError {
  INVALID_REQUEST(400),
  INVALID_CLIENT(401),
  UNSUPPORTED_GRANT_TYPE(400),
  INVALID_SCOPE(400);

  private final int status;

  OAuthError(int status) {
    this.status = status;
  }

  int status() {
    return status;
  }

  /** The code as sent, e.g. {@code invalid_client}. */
  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
