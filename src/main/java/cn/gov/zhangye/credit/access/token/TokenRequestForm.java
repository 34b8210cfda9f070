package cn.gov.zhangye.credit.access.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The form of a token request, as the contract describes it; see {@link TokenRequest}. */
@Schema(name = "TokenRequest", description = "令牌请求表单。/ The token request form.")
record TokenRequestForm(
    @Schema(
            description = "固定为 client_credentials。/ Always client_credentials.",
            example = TokenResource.CLIENT_CREDENTIALS,
            required = true)
        @JsonProperty(TokenRequest.GRANT_TYPE)
        String grantType,
    @Schema(
            description =
                "所要的权限范围，以空格分隔；省略则为全部已授权范围。/ The scopes wanted, space-separated;"
                    + " all granted scopes when absent.",
            example = "credit:query")
        String scope,
    @Schema(
            description = "client_secret_post 时的客户端编号。/ The client id, with client_secret_post.",
            example = "demo-agency")
        @JsonProperty(TokenRequest.CLIENT_ID)
        String clientId,
    @Schema(
            description =
                "client_secret_post 时的客户端密钥。/ The client secret, with client_secret_post.",
            example = "demo-agency-secret")
        @JsonProperty(TokenRequest.CLIENT_SECRET)
        String clientSecret) {}
