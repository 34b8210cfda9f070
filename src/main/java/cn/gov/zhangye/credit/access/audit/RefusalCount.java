package cn.gov.zhangye.credit.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often one caller was refused with one status in one minute. */
@Schema(
    name = "RefusalCount",
    description = "某分钟内某调用方以某状态码被拒绝的次数。/ Refusals of one caller with one status in one minute.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefusalCount(
    @Schema(description = "计数编号。/ Counter id.", example = "7310") long id,
    @Schema(description = "分钟（UTC）。/ The minute (UTC).", example = "2026-11-29T02:15:00Z")
        Instant minute,
    @Schema(
            description = "客户端编号，匿名调用方无此项。/ The client; absent for an anonymous caller.",
            example = "demo-agency")
        String clientId,
    @Schema(
            description = "来源地址（IPv6 按 /64 网段）。/ The address (IPv6 by its /64 network).",
            example = "203.0.113.7")
        String address,
    @Schema(description = "响应状态码：401、403 或 429。/ Status: 401, 403 or 429.", example = "401")
        int status,
    @Schema(description = "次数。/ Refusals.", example = "118") long refusals) {}
