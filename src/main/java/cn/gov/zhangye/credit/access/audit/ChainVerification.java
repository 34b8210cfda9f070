package cn.gov.zhangye.credit.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of checking every hash chain of the audit log. */
@Schema(
    name = "ChainVerification",
    description = "审计日志校验结果。/ The result of verifying the audit log.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(
    @Schema(description = "全部完好。/ Whether every chain is intact.", example = "true") boolean intact,
    @Schema(description = "已校验的记录数。/ Entries checked.", example = "12840") long entries,
    @Schema(description = "写入链数。/ Chains checked.", example = "24") long chains,
    @Schema(description = "第一个断裂处（如有）。/ The first broken link, if any.")
        BrokenLink firstBrokenLink) {

  /** Where a chain breaks and why. */
  @Schema(name = "BrokenLink", description = "断裂的链接。/ A broken link.")
  public record BrokenLink(
      @Schema(description = "记录编号。/ Entry id.", example = "1042") long id,
      @Schema(description = "写入链。/ Chain.", example = "b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3")
          String writer,
      @Schema(description = "链中序号。/ Position in the chain.", example = "57") long seq,
      @Schema(
              description =
                  "原因：content-altered 内容被改、previous-hash-mismatch 前序散列不符、sequence-gap 序号缺失。/"
                      + " Reason: content-altered, previous-hash-mismatch, sequence-gap.",
              example = "content-altered")
          String reason) {}
}
