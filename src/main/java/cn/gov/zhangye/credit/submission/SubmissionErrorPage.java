package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a submission's record errors, in record order, whole records only. */
@Schema(description = "一页记录错误。/ A page of record errors.")
public record SubmissionErrorPage(
    List<SubmissionErrorView> items,
    @Schema(description = Page.NEXT, nullable = true) String next) {}
