package cn.gov.zhangye.credit.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record as its submitter sees it: the current version and the history. */
@Schema(
    name = "CreditRecord",
    description = "一条信用记录及其版本历史。/ A credit record with its version history.")
public record RecordView(
    @Schema(description = "记录类型。/ Record type.") String recordType,
    @Schema(description = "报送方的记录编号。/ The submitter's reference.") String sourceRef,
    @Schema(description = "ACTIVE 有效；REVOKED 已撤销。/ ACTIVE or REVOKED.") String status,
    @Schema(description = "当前版本号。/ The current version.") int version,
    SubjectSummary subject,
    @Schema(
            description =
                "当前版本的字段（个人证件号码与自然人姓名已脱敏）。/ The current fields; identity numbers and persons' names masked.",
            implementation = Map.class)
        JsonNode fields,
    @Schema(description = "决定日期。/ The decision date.") LocalDate decisionDate,
    @Schema(description = "公示截止日期；为空表示无期限。/ Last day of publication; null for none.")
        LocalDate publicationUntil,
    @Schema(description = "全部版本，从新到旧。/ Every version, newest first.") List<Version> history) {

  /** The subject, masked when a person. */
  @Schema(name = "RecordSubject", description = "记录的主体。/ The record's subject.")
  public record SubjectSummary(
      @Schema(description = "ORGANISATION 或 PERSON。/ ORGANISATION or PERSON.") String kind,
      @Schema(description = "统一社会信用代码，或脱敏的身份证号码。/ The credit code, or the masked identity number.")
          String code,
      @Schema(description = "名称，自然人为脱敏姓名。/ The name; masked for a person.") String name) {}

  /** One version of the record. */
  @Schema(name = "RecordVersion", description = "记录的一个版本。/ One version of the record.")
  public record Version(
      int version,
      @Schema(description = "CREATED 新增、CORRECTED 更正、REVOKED 撤销。/ How the version came to be.")
          String change,
      Instant recordedAt,
      @Schema(
              description =
                  "带来此版本的报送；非报送带来（撤销）时为空。/ The submission that brought it; null when none did (a revocation).",
              nullable = true)
          String submissionId,
      @Schema(
              description = "撤销原因；其他版本为空。/ The reason of a revocation; null for others.",
              nullable = true)
          String reason,
      @Schema(description = "此版本的字段。/ The fields of this version.", implementation = Map.class)
          JsonNode fields) {}
}
