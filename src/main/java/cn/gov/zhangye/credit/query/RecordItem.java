package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.record.CurrentRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visible record in its current version. */
@Schema(
    name = "SubjectRecord",
    description = "主体的一条可见记录（当前版本）。/ A visible record of the subject, current version.")
public record RecordItem(
    @Schema(description = "记录编号。/ Record id.", example = "10482") String id,
    @Schema(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY")
        String recordType,
    @Schema(description = "当前版本号；更正后递增。/ The current version; corrections raise it.", example = "2")
        int version,
    @Schema(description = "决定日期。/ Decision date.", example = "2026-11-20") LocalDate decisionDate,
    @Schema(
            description = "公示截止日期；为空表示无期限。/ Last day of publication; null for none.",
            example = "2027-11-20")
        LocalDate publicationUntil,
    @Schema(description = "最近变化时间。/ When it last changed.", example = "2026-11-28T03:00:00Z")
        Instant updatedAt,
    @Schema(
            description =
                "字段，按目录中的字段代码；身份证号码与自然人姓名已脱敏。/ The fields by catalogue field code;"
                    + " identity numbers and persons' names masked.",
            implementation = Map.class)
        JsonNode fields) {

  static RecordItem of(CurrentRecord record) {
    return new RecordItem(
        Long.toString(record.id()),
        record.recordType(),
        record.version(),
        record.decisionDate(),
        record.publicationUntil(),
        record.updatedAt(),
        record.fields());
  }
}
