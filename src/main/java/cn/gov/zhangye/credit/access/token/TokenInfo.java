package cn.gov.zhangye.credit.access.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller's access token says about it. */
@Schema(name = "TokenInfo", description = "调用方令牌的内容。/ What the caller's token says.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenInfo(
    @Schema(description = "客户端编号。/ The client id.", example = "demo-county-shandan")
        String clientId,
    @Schema(description = "令牌所含权限范围。/ The scopes of the token.", example = "[\"records:submit\"]")
        List<String> scopes,
    @Schema(
            description =
                "客户端类别：AGENCY、DEPARTMENT、COUNTY、CREDIT_OFFICE、OPERATOR。/ The kind of client.",
            example = "COUNTY")
        String kind,
    @Schema(description = "所属行政区划代码（县区平台）。/ Its division code (counties).", example = "620725")
        String region,
    @Schema(description = "限流方案。/ The rate-limit plan.", example = "submitter") String plan,
    @Schema(description = "签发时间。/ When it was issued.", example = "2026-06-01T08:30:00Z")
        Instant issuedAt,
    @Schema(description = "过期时间。/ When it expires.", example = "2026-06-01T08:45:00Z")
        Instant expiresAt) {

  static TokenInfo of(JsonWebToken token) {
    String scope = token.getClaim(TokenClaims.SCOPE);
    return new TokenInfo(
        token.getClaim(TokenClaims.CLIENT_ID),
        scope == null || scope.isBlank() ? List.of() : List.of(scope.split(" ")),
        token.getClaim(TokenClaims.KIND),
        token.getClaim(TokenClaims.REGION),
        token.getClaim(TokenClaims.PLAN),
        Instant.ofEpochSecond(token.getIssuedAtTime()),
        Instant.ofEpochSecond(token.getExpirationTime()));
  }
}
