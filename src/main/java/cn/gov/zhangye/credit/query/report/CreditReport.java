package cn.gov.zhangye.credit.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A credit report (信用报告) as the gateway issues it. Its content is every member but {@code
 * signature}; the signature is a JWS over the canonical JSON (RFC 8785) of that content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "CreditReport",
    description =
        "信用报告：除 signature 外的全部成员即报告内容，signature 为网关对其规范化 JSON（RFC 8785）的签名。/ A credit"
            + " report: every member but signature is its content; signature is the gateway's"
            + " signature over the canonical JSON (RFC 8785) of that content.")
public record CreditReport(
    @Schema(description = "报告编号。/ The report number.", example = "ZYXY-20261129-7K3M9Q2D")
        String number,
    @Schema(description = "出具时间。/ When it was issued.") Instant issuedAt,
    @Schema(description = "核验有效期至。/ Verifies as valid until then.") Instant expiresAt,
    ReportAgency agency,
    @Schema(description = "数据截至：读取时变更流的最大序号。/ The data as of this change-feed position.")
        long asOfPosition,
    @Schema(description = "查询依据，仅自然人报告。/ The stated basis; persons' reports only.")
        QueryBasis basis,
    ReportSubject subject,
    @Schema(description = "对查询机构可见的记录，按类型、决定日期排列。/ The records visible to the agency.")
        List<ReportRecord> records,
    @Schema(description = "对查询机构可见的记录总数。/ How many records are visible to the agency in all.")
        int recordCount,
    @Schema(
            description =
                "记录数超过 credit.report.max-records 时为 true：records 只含前若干条。/ True when there are more"
                    + " visible records than credit.report.max-records: records holds the first ones.")
        boolean truncated,
    ReportLinks verification,
    ReportSignature signature) {

  public CreditReport {
    records = List.copyOf(records);
  }

  /** The report without its signature: what is signed. */
  CreditReport content() {
    return signed(null);
  }

  CreditReport signed(ReportSignature by) {
    return new CreditReport(
        number,
        issuedAt,
        expiresAt,
        agency,
        asOfPosition,
        basis,
        subject,
        records,
        recordCount,
        truncated,
        verification,
        by);
  }

  /** The agency that asked for the report. */
  @Schema(name = "ReportAgency", description = "查询机构。/ The requesting agency.")
  public record ReportAgency(
      @Schema(example = "demo-agency") String id, @Schema(example = "演示信用服务机构（高级）") String name) {}

  /** What an agency stated to query a person: the purpose and the person's authorisation. */
  @Schema(name = "QueryBasis", description = "查询用途与授权编号。/ The purpose and the consent reference.")
  public record QueryBasis(
      @Schema(example = "LOAN") String purpose,
      @Schema(example = "SQ-2026-000123") String consentReference) {}

  /** Where the report is checked. */
  @Schema(name = "ReportLinks", description = "核验地址。/ Where to verify.")
  public record ReportLinks(
      @Schema(description = "核验接口。/ The verification operation.") String url,
      @Schema(description = "网关公钥（JWK Set）。/ The gateway's public keys.") String jwks) {}
}
