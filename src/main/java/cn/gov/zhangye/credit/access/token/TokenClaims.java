package cn.gov.zhangye.credit.access.token;

/** The names of the claims of an access token beyond the registered ones. */
public final class TokenClaims {

  public static final String JWT_ID = "jti";
  public static final String CLIENT_ID = "client_id";
  public static final String SCOPE = "scope";

  /** The client's kind: {@code AGENCY}, {@code DEPARTMENT}, {@code COUNTY}, ... */
  public static final String KIND = "kind";

  /** The client's six-digit division code, for a client bound to a region. */
  public static final String REGION = "region";

  /** The client's rate-limit plan. */
  public static final String PLAN = "plan";

  private TokenClaims() {}
}
