package cn.gov.zhangye.credit.access.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One signed checkpoint of an audit lane, as stored and as the operator downloads it. */
@Schema(
    name = "AuditCheckpoint",
    description =
        "审计链检查点：网关签名密钥对链头位置与散列的签名（JWS），可凭公开的 JWKS 离线核验。/ A signed checkpoint"
            + " of an audit lane: a JWS by the gateway's signing key over the lane's head position"
            + " and hash, verifiable offline with the published JWKS.")
public record AuditCheckpoint(
    @Schema(description = "检查点编号。/ Checkpoint id.", example = "318") long id,
    @Schema(description = "写入链。/ Lane.", example = "b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3")
        String lane,
    @Schema(description = "链头序号。/ Head position.", example = "57") long seq,
    @Schema(
            description = "链头散列。/ Head hash.",
            example = "9c1e3b5d7f3f1d0c6a9b2e4f7d8a1c5e3b9d0f2a4c6e8b1d3f5a7c9e1b3d5f7a")
        String hash,
    @Schema(description = "签署时间。/ When it was taken.", example = "2026-11-29T02:20:00.000012Z")
        Instant takenAt,
    @Schema(
            description =
                "紧凑 JWS（typ audit-checkpoint+jws），载荷为 {lane, seq, hash, takenAt, previous}。/ The"
                    + " compact JWS (typ audit-checkpoint+jws); its payload is {lane, seq, hash,"
                    + " takenAt, previous}.",
            example = AuditExamples.CHECKPOINT_JWS)
        String jws) {}
