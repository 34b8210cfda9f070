package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the caller's submissions, newest first. */
@Schema(description = "一页报送。/ A page of submissions.")
public record SubmissionPage(
    List<SubmissionView> items, @Schema(description = Page.NEXT, nullable = true) String next) {}
