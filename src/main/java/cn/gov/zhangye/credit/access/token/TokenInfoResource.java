package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.ApiSecurity;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells a caller what its token says: a first call to try a token with. */
@Path("/api/v1/token-info")
@Tag(name = "access")
public class TokenInfoResource {

  private final JsonWebToken token;

  TokenInfoResource(JsonWebToken token) {
    this.token = token;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  @SecurityRequirement(name = ApiSecurity.OAUTH2)
  @Operation(
      operationId = "getTokenInfo",
      summary = "查看本令牌。/ Inspect my token.",
      description =
          "返回调用方访问令牌中的客户端编号、权限范围、类别、行政区划、限流方案和有效期。任一有效令牌均可调用，不需特定权限范围。/"
              + " The client id, scopes, kind, division, rate-limit plan and validity of the"
              + " caller's access token. Any valid token may call it; no particular scope is"
              + " needed.")
  @APIResponse(
      responseCode = "200",
      description = "令牌内容。/ What the token says.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenInfo.class),
              examples = @ExampleObject(name = "county", value = TokenExamples.TOKEN_INFO)))
  public TokenInfo tokenInfo() {
    return TokenInfo.of(token);
  }
}
