package cn.gov.zhangye.credit.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subject of a report; a person's identity number and name are masked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportSubject", description = "报告主体；自然人已脱敏。/ The subject; masked for a person.")
public record ReportSubject(
    @Schema(description = "ORGANISATION 或 PERSON。/ ORGANISATION or PERSON.") String kind,
    @Schema(description = "统一社会信用代码，或脱敏的身份证号码。/ The credit code or the masked identity number.")
        String code,
    @Schema(description = "名称，自然人为脱敏姓名。/ The name; masked for a person.") String name,
    @Schema(description = "主体类别（组织）。/ The category of an organisation.") String category,
    @Schema(description = "行政区划代码。/ The division code.") String divisionCode) {}
