package cn.gov.zhangye.credit.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit entries, newest first. */
@Schema(name = "AuditPage", description = "审计记录分页，最新在前。/ A page of audit entries, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditPage(
    @Schema(description = "本页记录。/ The entries of this page.") List<AuditRecord> entries,
    @Schema(
            description =
                "下一页游标，作为 cursor 参数传回；无则已到末页。/ Pass as cursor for the next page; absent on the last.",
            example = "1001")
        String nextCursor) {}
