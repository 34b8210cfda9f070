package cn.gov.zhangye.credit.query.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a verification: what the gateway issued under the number, and the verdict. */
@Schema(
    name = "ReportVerification",
    description =
        "报告核验结果：不含主体与机构信息。/ The result of a verification; names neither subject nor agency.")
public record ReportVerification(
    @Schema(example = "ZYXY-20261129-7K3M9Q2D") String number,
    @Schema(
            description =
                "VALID 有效（所出示内容与签发一致且未过期）；ALTERED 所出示内容与签发内容不一致；EXPIRED 已过核验有效期。/ VALID:"
                    + " issued and not expired, the content presented (if any) is what was issued;"
                    + " ALTERED: the content presented differs from what was issued; EXPIRED: past"
                    + " its validity.",
            enumeration = {"VALID", "ALTERED", "EXPIRED"})
        Status status,
    @Schema(
            description =
                "核验了什么：NUMBER 仅编号，HASH 摘要，SIGNATURE JWS，REPORT 整份 JSON 报告，PDF 所交付的 PDF。/ What was"
                    + " compared: the number only, a hash, a JWS, the whole JSON report, or the"
                    + " PDF as delivered.",
            enumeration = {"NUMBER", "HASH", "SIGNATURE", "REPORT", "PDF"})
        Checked checked,
    Instant issuedAt,
    Instant expiresAt,
    @Schema(description = "数据截至的变更流序号。/ The change-feed position of the data.") long asOfPosition,
    @Schema(description = "签发内容的 SHA-256（十六进制）。/ SHA-256 of the issued content, hex.")
        String contentHash,
    @Schema(description = "签名密钥编号。/ The id of the key that signed it.") String keyId) {

  /** The verdict. */
  public enum Status {
    VALID,
    ALTERED,
    EXPIRED
  }

  /** What the holder presented and the gateway compared. */
  public enum Checked {
    NUMBER,
    HASH,
    SIGNATURE,
    REPORT,
    PDF
  }
}
