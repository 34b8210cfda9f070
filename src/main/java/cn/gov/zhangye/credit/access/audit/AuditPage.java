package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit entries, newest first. */
@Schema(name = "AuditPage", description = "审计记录分页，最新在前。/ A page of audit entries, newest first.")
public record AuditPage(
    @Schema(description = "本页记录。/ The entries of this page.") List<AuditRecord> items,
    @Schema(description = Page.NEXT, example = AuditExamples.NEXT, nullable = true) String next) {}
