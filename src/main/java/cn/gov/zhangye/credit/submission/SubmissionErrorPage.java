package cn.gov.zhangye.credit.submission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a submission's record errors, in record order. */
@Schema(description = "一页记录错误。/ A page of record errors.")
public record SubmissionErrorPage(
    List<SubmissionErrorView> items,
    @Schema(
            description = "下一页的 from 参数；没有更多时为空。/ The from of the next page; null at the end.",
            nullable = true)
        Integer next) {}
