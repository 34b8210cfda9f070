package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.Scopes;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client needs to know to get tokens (RFC 8414). */
@Schema(
    name = "AuthorizationServerMetadata",
    description = "授权服务器元数据（RFC 8414）。/ Authorization server metadata (RFC 8414).")
public record AuthorizationServerMetadata(
    @Schema(description = "令牌签发者（iss）。/ The issuer (iss) of tokens.") String issuer,
    @Schema(description = "令牌端点。/ The token endpoint.") @JsonProperty("token_endpoint")
        String tokenEndpoint,
    @Schema(description = "公钥集合的地址。/ Where the public keys are.") @JsonProperty("jwks_uri")
        String jwksUri,
    @Schema(description = "支持的授权方式。/ The grant types.") @JsonProperty("grant_types_supported")
        List<String> grantTypesSupported,
    @Schema(description = "客户端认证方式。/ How clients authenticate.")
        @JsonProperty("token_endpoint_auth_methods_supported")
        List<String> tokenEndpointAuthMethodsSupported,
    @Schema(description = "无授权端点，故为空。/ Empty: there is no authorization endpoint.")
        @JsonProperty("response_types_supported")
        List<String> responseTypesSupported,
    @Schema(description = "权限范围。/ The scopes.") @JsonProperty("scopes_supported")
        List<String> scopesSupported) {

  static AuthorizationServerMetadata of(TokenSettings settings) {
    return new AuthorizationServerMetadata(
        settings.issuer(),
        settings.url(TokenResource.PATH),
        settings.url(WellKnownResource.JWKS_PATH),
        List.of(TokenResource.CLIENT_CREDENTIALS),
        List.of("client_secret_basic", "client_secret_post"),
        List.of(),
        Scopes.ALL);
  }
}
