package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.catalog.BilingualName;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record in a report: its current version, as the catalogue names it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportRecord", description = "报告中的一条记录（当前版本）。/ A record, its current version.")
public record ReportRecord(
    @Schema(example = "ADMIN_PENALTY") String recordType,
    BilingualName recordTypeName,
    @Schema(description = "PUBLIC 或 CONDITIONAL。/ The sharing level.") String sharing,
    int version,
    LocalDate decisionDate,
    @Schema(description = "公示截止日期；无则无期限。/ Last day of publication; absent for none.")
        LocalDate publicationUntil,
    @Schema(
            implementation = Map.class,
            description = "字段，按字段代码（证件号码与自然人姓名已脱敏）。/ The fields by code, masked.")
        JsonNode fields) {}
