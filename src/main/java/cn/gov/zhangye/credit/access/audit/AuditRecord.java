package cn.gov.zhangye.credit.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored audit entry as a caller reads it. */
@Schema(name = "AuditRecord", description = "一条审计记录。/ One audit entry.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(
    @Schema(description = "记录编号。/ Entry id.", example = "1042") long id,
    @Schema(description = "发生时间。/ When it happened.", example = "2026-11-29T02:15:04.123456Z")
        Instant occurredAt,
    @Schema(description = "调用方客户端编号。/ The calling client.", example = "demo-agency")
        String clientId,
    @Schema(description = "类别。/ Kind.", example = "READ") AuditKind kind,
    @Schema(
            description = "操作：方法与路径模板。/ The operation: method and path template.",
            example = "GET /api/v1/quota")
        String operation,
    @Schema(
            description = "所涉主体的带密钥散列。/ Keyed hash of the subject concerned.",
            example = "3f1d0c6a9b2e4f7d8a1c5e3b9d0f2a4c6e8b1d3f5a7c9e1b3d5f7a9c1e3b5d7f")
        String targetSubject,
    @Schema(description = "查询目的。/ Stated query purpose.", example = "LOAN") String purpose,
    @Schema(description = "授权书编号。/ Authorisation reference.", example = "AUTH-2026-000123")
        String consentReference,
    @Schema(description = "响应状态码。/ HTTP status of the answer.", example = "200") int status,
    @Schema(description = "请求编号。/ Request id.", example = "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e")
        String requestId,
    @Schema(
            description = "写入链与序号。/ Writing chain and its sequence number.",
            example = "b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3")
        String writer,
    @Schema(description = "链中序号。/ Position in the chain.", example = "57") long seq,
    @Schema(
            description = "本条散列。/ This entry's hash.",
            example = "9c1e3b5d7f3f1d0c6a9b2e4f7d8a1c5e3b9d0f2a4c6e8b1d3f5a7c9e1b3d5f7a")
        String hash) {}
