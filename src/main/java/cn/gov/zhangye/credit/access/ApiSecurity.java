package cn.gov.zhangye.credit.access;

/**
 * The names of the contract's security schemes. A protected operation declares the scope it needs
 * twice: {@code @RolesAllowed(Scopes.X)} enforces it, {@code @SecurityRequirement(name =
 * ApiSecurity.OAUTH2, scopes = Scopes.X)} shows it in the contract (the bearer alternative and the
 * 401 and 403 answers are added to the contract for it).
 */
public final class ApiSecurity {

  /** OAuth 2.0 client credentials, with the token URL and the scopes. */
  public static final String OAUTH2 = "oauth2";

  /** A bearer JWT obtained elsewhere. */
  public static final String BEARER = "bearer";

  private ApiSecurity() {}
}
