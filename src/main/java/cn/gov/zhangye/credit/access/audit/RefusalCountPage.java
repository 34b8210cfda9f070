package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of refusal counters, newest first. */
@Schema(
    name = "RefusalCountPage",
    description = "拒绝计数分页，最新在前。/ A page of refusal counters, newest first.")
public record RefusalCountPage(
    @Schema(description = "本页计数。/ The counters of this page.") List<RefusalCount> items,
    @Schema(description = Page.NEXT, example = AuditExamples.NEXT, nullable = true) String next) {}
