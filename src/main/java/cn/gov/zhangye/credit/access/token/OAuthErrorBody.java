package cn.gov.zhangye.credit.access.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a refused token request (RFC 6749 §5.2). */
@Schema(
    name = "OAuthError",
    description = "令牌请求被拒绝（RFC 6749 §5.2）。/ A refused token request (RFC 6749 §5.2).")
public record OAuthErrorBody(
    @Schema(
            description =
                "错误代码：invalid_request、invalid_client、unauthorized_client、unsupported_grant_type、"
                    + "invalid_scope。/ The error code.",
            example = "invalid_client")
        String error,
    @Schema(
            description =
                "英文说明（RFC 6749 只允许 ASCII 字符）。/ What went wrong, in English (ASCII only, per RFC 6749).",
            example = "client authentication failed")
        @JsonProperty("error_description")
        String errorDescription) {

  static OAuthErrorBody of(OAuthException refusal) {
    return new OAuthErrorBody(refusal.error().code(), refusal.description());
  }
}
