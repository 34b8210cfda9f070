package cn.gov.zhangye.credit.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a record is revoked. */
@Schema(description = "撤销请求。/ A revocation.")
public record RevocationRequest(
    @Schema(
            description = "撤销原因，1 至 500 个字符。/ The reason, 1 to 500 characters.",
            example = "处罚决定已被行政复议撤销",
            required = true)
        String reason) {}
