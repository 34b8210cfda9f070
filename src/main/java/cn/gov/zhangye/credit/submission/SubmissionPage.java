package cn.gov.zhangye.credit.submission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the caller's submissions, newest first. */
@Schema(description = "一页报送。/ A page of submissions.")
public record SubmissionPage(
    List<SubmissionView> items,
    @Schema(description = "下一页的 before 参数；没有更多时为空。/ The before of the next page; null at the end.")
        String next) {}
