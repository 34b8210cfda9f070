package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit checkpoints, newest first. */
@Schema(
    name = "AuditCheckpointPage",
    description = "审计检查点分页，最新在前。/ A page of audit checkpoints, newest first.")
public record AuditCheckpointPage(
    @Schema(description = "本页检查点。/ The checkpoints of this page.") List<AuditCheckpoint> items,
    @Schema(description = Page.NEXT, example = AuditExamples.NEXT, nullable = true) String next) {}
