package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a subject's visible records, newest decision first. */
@Schema(
    name = "SubjectRecordPage",
    description =
        "主体可见记录的一页，决定日期从新到旧。/ A page of the subject's visible records, newest decision first.")
public record RecordPage(
    @Schema(
            description = "代码（自然人脱敏）。/ The code, masked for a person.",
            example = "91620702MA74A0TD98")
        String code,
    @Schema(description = "名称（自然人脱敏）。/ The name, masked for a person.", example = "张掖市甘州区示例商贸有限公司")
        String name,
    List<RecordItem> items,
    @Schema(description = Page.NEXT, example = QueryExamples.RECORDS_NEXT, nullable = true)
        String next) {}
