package cn.gov.zhangye.credit.query.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gateway's signature over a report's canonical content. */
@Schema(
    name = "ReportSignature",
    description =
        "网关签名：jws 为紧凑序列化 JWS，其载荷即报告内容的规范化 JSON。/ The signature: jws is a compact JWS whose"
            + " payload is the canonical JSON of the report's content.")
public record ReportSignature(
    @Schema(description = "RS256 或 ES256。/ RS256 or ES256.") String algorithm,
    @Schema(description = "签名密钥编号，见 /.well-known/jwks.json。/ The key id.") String keyId,
    @Schema(description = "规范化内容的 SHA-256（十六进制）。/ SHA-256 of the canonical content, hex.")
        String contentHash,
    @Schema(description = "紧凑序列化 JWS（RFC 7515），typ 为 credit-report+jws。/ The compact JWS.")
        String jws) {}
