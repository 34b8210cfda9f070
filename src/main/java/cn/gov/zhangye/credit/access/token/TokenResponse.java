package cn.gov.zhangye.credit.access.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A granted access token (RFC 6749 §5.1). */
@Schema(name = "TokenResponse", description = "签发的访问令牌。/ A granted access token.")
public record TokenResponse(
    @Schema(description = "访问令牌（JWT，RFC 9068）。/ The access token (a JWT, RFC 9068).")
        @JsonProperty("access_token")
        String accessToken,
    @Schema(description = "令牌类型，固定为 Bearer。/ Always Bearer.", example = "Bearer")
        @JsonProperty("token_type")
        String tokenType,
    @Schema(description = "有效期（秒）。/ Seconds until it expires.", example = "900")
        @JsonProperty("expires_in")
        long expiresIn,
    @Schema(
            description = "令牌所含权限范围，以空格分隔。/ The scopes it carries, space-separated.",
            example = "credit:query credit:query:person")
        String scope) {}
