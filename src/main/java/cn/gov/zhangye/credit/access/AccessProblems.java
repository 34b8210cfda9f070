package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;

/** The refusals of a call for want of a token (401) or of a scope (403). */
public final class AccessProblems {

  public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", 401);
  public static final ProblemType INSUFFICIENT_SCOPE = new ProblemType("insufficient-scope", 403);

  /** RFC 6750 §2.3: a token may travel here; the gateway refuses it there. */
  private static final String QUERY_TOKEN = "access_token";

  private static final String BEARER = "bearer ";

  private AccessProblems() {}

  /**
   * The 401 for {@code request}: a token was sent but is not good, or none was sent in the {@code
   * Authorization} header (perhaps one in the query string, which is never read).
   */
  public static ProblemException unauthorized(HttpServerRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return refusal(UNAUTHORIZED, "problem.unauthorized.invalid-token", Challenges.invalidToken());
    }
    if (request.getParam(QUERY_TOKEN) != null) {
      return refusal(UNAUTHORIZED, "problem.unauthorized.token-in-query", Challenges.bearer());
    }
    return missingToken();
  }

  /** The 401 for a call that sent no token. */
  public static ProblemException missingToken() {
    return refusal(UNAUTHORIZED, "problem.unauthorized.detail", Challenges.bearer());
  }

  /** The 403 for a token without any of {@code scopes}, the scopes the operation accepts. */
  public static ProblemException insufficientScope(List<String> scopes) {
    return new ProblemException(
        INSUFFICIENT_SCOPE,
        switch (scopes.size()) {
          case 0 -> new Text("problem.insufficient-scope.none");
          case 1 -> new Text("problem.insufficient-scope.detail", scopes.get(0));
          default -> new Text("problem.insufficient-scope.any", String.join(", ", scopes));
        },
        List.of(),
        Map.of(HttpHeaders.WWW_AUTHENTICATE, Challenges.insufficientScope(scopes)));
  }

  private static ProblemException refusal(ProblemType type, String detail, String challenge) {
    return new ProblemException(
        type, new Text(detail), List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
  }
}
