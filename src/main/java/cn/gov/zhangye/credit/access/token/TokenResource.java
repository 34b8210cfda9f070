package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Challenges;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.ratelimit.ClientAddress;
import cn.gov.zhangye.credit.access.ratelimit.ClientAddresses;
import cn.gov.zhangye.credit.access.ratelimit.RateLimitProblems;
import cn.gov.zhangye.credit.access.ratelimit.TokenAttempt;
import cn.gov.zhangye.credit.access.ratelimit.TokenAttemptLimiter;
import cn.gov.zhangye.credit.access.ratelimit.TokenRequestLimiter;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The token endpoint: OAuth 2.0 client credentials (RFC 6749 §4.4). */
@Path(TokenResource.PATH)
@Tag(name = "access")
@PermitAll
@SecurityScheme(
    securitySchemeName = ApiSecurity.OAUTH2,
    type = SecuritySchemeType.OAUTH2,
    description =
        "OAuth 2.0 客户端凭证模式：用客户端编号和密钥在 /oauth/token 换取访问令牌。/ OAuth 2.0 client"
            + " credentials: exchange the client id and secret for an access token at /oauth/token.",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = TokenResource.PATH,
                    scopes = {
                      @OAuthScope(
                          name = Scopes.RECORDS_SUBMIT,
                          description = "报送信用记录。/ Submit credit records."),
                      @OAuthScope(
                          name = Scopes.CREDIT_QUERY,
                          description = "查询信用主体的信用信息。/ Query the credit information of subjects."),
                      @OAuthScope(
                          name = Scopes.CREDIT_QUERY_PERSON,
                          description =
                              "查询自然人的信用信息（须经许可）。/ Query the credit information of persons"
                                  + " (licensed agencies only)."),
                      @OAuthScope(
                          name = Scopes.LISTS_REVIEW,
                          description = "审核红黑名单。/ Review red and black lists."),
                      @OAuthScope(
                          name = Scopes.REDRESS_FILE,
                          description =
                              "提出异议、申请信用修复。/ File objections and credit repair requests."),
                      @OAuthScope(
                          name = Scopes.REDRESS_HANDLE,
                          description = "办理异议和信用修复。/ Handle objections and credit repair."),
                      @OAuthScope(
                          name = Scopes.EXCHANGE_ADMIN,
                          description =
                              "管理数据交换：重试、重放、死信。/ Administer the exchange: retries, replays,"
                                  + " dead letters."),
                      @OAuthScope(
                          name = Scopes.STATS_READ,
                          description = "查看统计。/ Read statistics."),
                      @OAuthScope(
                          name = Scopes.ADMIN,
                          description = "管理客户端和网关。/ Administer clients and the gateway.")
                    })))
@SecurityScheme(
    securitySchemeName = ApiSecurity.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "在 Authorization 请求头中携带访问令牌：Bearer <令牌>。/ The access token in the Authorization"
            + " header: Bearer <token>.")
public class TokenResource {

  static final String PATH = "/oauth/token";
  static final String CLIENT_CREDENTIALS = "client_credentials";

  private static final String NO_STORE = "no-store";
  private static final Map<String, String> UNCACHED =
      Map.of(HttpHeaders.CACHE_CONTROL, NO_STORE, "Pragma", "no-cache");

  private final SecretChecks secretChecks;
  private final TokenAttemptLimiter attempts;
  private final TokenRequestLimiter issued;
  private final ClientAddresses addresses;
  private final TokenIssuer issuer;
  private final TokenSettings settings;

  TokenResource(
      SecretChecks secretChecks,
      TokenAttemptLimiter attempts,
      TokenRequestLimiter issued,
      ClientAddresses addresses,
      TokenIssuer issuer,
      TokenSettings settings) {
    this.secretChecks = secretChecks;
    this.attempts = attempts;
    this.issued = issued;
    this.addresses = addresses;
    this.issuer = issuer;
    this.settings = settings;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueToken",
      summary = "获取访问令牌。/ Get an access token.",
      description =
          "OAuth 2.0 客户端凭证模式（RFC 6749 §4.4）。客户端以 HTTP Basic（client_secret_basic）或表单中的"
              + " client_id 与 client_secret（client_secret_post）认证，二者只能选一。scope 可缩小所授权限范围，省略则授予"
              + "全部已授权范围。令牌为 RFC 9068 格式的 JWT，有效期最长 15 分钟。错误按 RFC 6749 §5.2 返回。/ OAuth"
              + " 2.0 client credentials (RFC 6749 §4.4). The client authenticates with HTTP Basic"
              + " (client_secret_basic) or with client_id and client_secret in the form"
              + " (client_secret_post), not both. scope may narrow the granted scopes; without it"
              + " the token carries all of them. The token is a JWT in the RFC 9068 profile, valid"
              + " for at most 15 minutes. Errors follow RFC 6749 §5.2.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_FORM_URLENCODED,
              schema = @Schema(implementation = TokenRequestForm.class),
              examples = {
                @ExampleObject(
                    name = "basic",
                    summary = "凭证在 Authorization 头中。/ Credentials in the Authorization header.",
                    value =
                        "{\"grant_type\": \"client_credentials\", \"scope\": \"credit:query\"}"),
                @ExampleObject(
                    name = "post",
                    summary = "凭证在表单中。/ Credentials in the form.",
                    value =
                        "{\"grant_type\": \"client_credentials\", \"client_id\": \"demo-agency\","
                            + " \"client_secret\": \"demo-agency-secret\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "签发的访问令牌。/ The access token.",
      headers = {
        @Header(
            name = HttpHeaders.CACHE_CONTROL,
            description = "no-store：令牌不得缓存。/ no-store: never cache a token.",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class),
              examples = @ExampleObject(name = "token", value = TokenExamples.TOKEN)))
  @APIResponse(
      responseCode = "400",
      description =
          "请求有误：invalid_request、unsupported_grant_type 或 invalid_scope。/ A bad request:"
              + " invalid_request, unsupported_grant_type or invalid_scope.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OAuthErrorBody.class),
              examples = {
                @ExampleObject(name = "invalid_scope", value = TokenExamples.INVALID_SCOPE),
                @ExampleObject(
                    name = "unsupported_grant_type",
                    value = TokenExamples.UNSUPPORTED_GRANT_TYPE)
              }))
  @APIResponse(
      responseCode = "401",
      description =
          "客户端认证失败：编号不存在、密钥错误和客户端已停用的答复相同。/ Client authentication failed: an"
              + " unknown id, a wrong secret and a suspended client get the same answer.",
      headers =
          @Header(
              name = HttpHeaders.WWW_AUTHENTICATE,
              description = "Basic realm=\"credit-gateway\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OAuthErrorBody.class),
              examples =
                  @ExampleObject(name = "invalid_client", value = TokenExamples.INVALID_CLIENT)))
  @APIResponse(
      responseCode = "429",
      description =
          "失败的令牌请求过多（按地址与客户端编号、按地址计数），或此客户端获取令牌过于频繁；请在 Retry-After"
              + " 秒后重试。/ Too many failed token requests (counted per address and client id, and"
              + " per address), or too many tokens for this client; retry after the seconds in"
              + " Retry-After.",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = "可重试前的秒数。/ Seconds until a retry may succeed.",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "rate-limited", value = TokenExamples.TOO_MANY_FAILURES),
                @ExampleObject(name = "too-many-tokens", value = TokenExamples.TOO_MANY_TOKENS)
              }))
  @APIResponse(
      responseCode = "503",
      description =
          "正在核验的密钥已达上限，请在 Retry-After 秒后重试。/ As many secrets as allowed are being checked"
              + " at once; retry after the seconds in Retry-After.",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = "可重试前的秒数。/ Seconds until a retry may succeed.",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "busy", value = TokenExamples.BUSY)))
  public Uni<RestResponse<TokenResponse>> token(
      MultivaluedMap<String, String> form,
      @Parameter(
              description =
                  "client_secret_basic：Basic base64(client_id:client_secret)。/ client_secret_basic.",
              example = "Basic ZGVtby1hZ2VuY3k6ZGVtby1hZ2VuY3ktc2VjcmV0")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization,
      HttpServerRequest http) {
    TokenRequest request = TokenRequest.of(form, authorization);
    return authenticated(request.credentials(), addresses.of(http))
        .map(client -> grant(request, client));
  }

  /** A body that is not a form is a malformed token request, answered the OAuth way. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public void notAForm() {
    throw new OAuthException(
        OAuthError.INVALID_REQUEST, "the body must be application/x-www-form-urlencoded");
  }

  /**
   * The client whose credentials these are, if they are right and it may get tokens: a suspended
   * client gets the same answer as a wrong secret. Each try takes a unit of the caller's budget of
   * failures before the secret is checked, and a right secret gives it back; a client that got its
   * tokens' worth for the period gets none until the budget refills.
   */
  private Uni<Client> authenticated(ClientCredentials credentials, ClientAddress address) {
    return attempts
        .reserve(address, credentials.id())
        .chain(
            attempt -> {
              if (!attempt.allowed()) {
                throw tooMany("token.failed-requests.exceeded", attempt);
              }
              return secretChecks
                  .authenticate(credentials)
                  .onFailure()
                  .call(unchecked -> attempts.refund(address, credentials.id()));
            })
        .call(
            found ->
                found.isPresent()
                    ? attempts.refund(address, credentials.id())
                    : Uni.createFrom().voidItem())
        .map(
            found ->
                found.orElseThrow(
                    () -> new OAuthException(OAuthError.INVALID_CLIENT, ClientCredentials.FAILED)))
        .call(
            client ->
                issued
                    .take(client.id())
                    .invoke(
                        allowance -> {
                          if (!allowance.allowed()) {
                            throw tooMany("token.requests.exceeded", allowance);
                          }
                        }));
  }

  private static ProblemException tooMany(String text, TokenAttempt attempt) {
    return new ProblemException(
        RateLimitProblems.RATE_LIMITED,
        new Text(text, attempt.retryAfterSeconds()),
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(attempt.retryAfterSeconds())));
  }

  private RestResponse<TokenResponse> grant(TokenRequest request, Client client) {
    if (!CLIENT_CREDENTIALS.equals(request.grantType())) {
      throw new OAuthException(
          OAuthError.UNSUPPORTED_GRANT_TYPE, "only grant_type client_credentials is supported");
    }
    List<String> scopes = RequestedScopes.grant(request.scope(), client.scopes());
    TokenResponse token =
        new TokenResponse(
            issuer.issue(client, scopes),
            "Bearer",
            settings.lifetime().toSeconds(),
            String.join(" ", scopes));
    RestResponse.ResponseBuilder<TokenResponse> response = RestResponse.ResponseBuilder.ok(token);
    UNCACHED.forEach(response::header);
    return response.build();
  }

  /**
   * The form reader fails on a broken percent-encoding (a lone {@code %}) before the operation
   * runs: a malformed token request, not a server error.
   */
  @ServerExceptionMapper
  RestResponse<OAuthErrorBody> malformedForm(IllegalArgumentException malformed) {
    return refuse(
        new OAuthException(OAuthError.INVALID_REQUEST, "the form is not properly percent-encoded"));
  }

  @ServerExceptionMapper
  RestResponse<OAuthErrorBody> refuse(OAuthException refusal) {
    RestResponse.ResponseBuilder<OAuthErrorBody> response =
        RestResponse.ResponseBuilder.<OAuthErrorBody>create(refusal.error().status())
            .entity(OAuthErrorBody.of(refusal))
            .type(MediaType.APPLICATION_JSON_TYPE);
    UNCACHED.forEach(response::header);
    if (refusal.error() == OAuthError.INVALID_CLIENT) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, Challenges.basic());
    }
    return response.build();
  }
}
