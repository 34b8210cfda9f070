package cn.gov.zhangye.credit.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of checking every hash chain of the audit log against its signed checkpoints. */
@Schema(
    name = "ChainVerification",
    description = "审计日志校验结果。/ The result of verifying the audit log.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(
    @Schema(description = "全部完好。/ Whether every chain and checkpoint is intact.", example = "true")
        boolean intact,
    @Schema(description = "已校验的记录数。/ Entries checked.", example = "12840") long entries,
    @Schema(description = "写入链数。/ Chains checked.", example = "24") long chains,
    @Schema(description = "已校验的检查点数。/ Checkpoints checked.", example = "310") long checkpoints,
    @Schema(description = "第一个断裂处（如有）。/ The first broken link, if any.") BrokenLink firstBrokenLink,
    @Schema(description = "第一个不符的检查点（如有）。/ The first checkpoint that does not hold, if any.")
        BrokenCheckpoint firstBrokenCheckpoint) {

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

  /** A signed checkpoint the stored chain no longer matches, and how. */
  @Schema(name = "BrokenCheckpoint", description = "不符的检查点。/ A checkpoint that does not hold.")
  public record BrokenCheckpoint(
      @Schema(description = "检查点编号。/ Checkpoint id.", example = "318") long id,
      @Schema(description = "写入链。/ Lane.", example = "b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3")
          String lane,
      @Schema(description = "检查点所签的链头序号。/ The head position it signed.", example = "57") long seq,
      @Schema(
              description =
                  "原因：lane-missing 写入链已无记录、tail-deleted 链尾被删（链头在所签位置之前）、entry-missing"
                      + " 所签位置的记录缺失、chain-rewritten 所签位置的散列已变（链被改写后重算散列）、checkpoint-invalid"
                      + " 签名无效或与所存字段不符、checkpoint-missing 同链的前一个检查点被删。/ Reason: lane-missing (the"
                      + " lane has no entries), tail-deleted (the lane ends before the signed"
                      + " position), entry-missing (no entry at the signed position),"
                      + " chain-rewritten (the entry there has another hash: the chain was"
                      + " re-hashed), checkpoint-invalid (a bad signature, or stored fields that"
                      + " differ from the signed ones), checkpoint-missing (the lane's previous"
                      + " checkpoint was removed).",
              example = "tail-deleted")
          String reason) {}
}
