package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The per-minute counters of refused calls, for operators. */
@Path("/api/v1/admin/audit/refusals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
public class RefusalResource {

  private static final Keyset<Long> REFUSALS = Keyset.ofNumber("refusal-counts");

  private final RefusalReader reader;
  private final Paging paging;

  @Inject
  RefusalResource(RefusalReader reader, Paging paging) {
    this.reader = reader;
    this.paging = paging;
  }

  @GET
  @RolesAllowed(Scopes.ADMIN)
  @SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.ADMIN)
  @Operation(
      operationId = "listRefusalCounts",
      summary = "拒绝计数 / Refusal counters",
      description =
          "被拒绝的调用（401、403、429）不逐条写入审计日志，而是按分钟、客户端、地址和状态码计数；此处按客户端和时间筛选，最新在前。计数保留"
              + " credit.audit.refusals.retention（默认 90 天）。/ Refused calls (401, 403, 429) are not"
              + " written to the audit log one by one but counted per minute, client, address and"
              + " status; listed here by client and time, newest first. Kept for"
              + " credit.audit.refusals.retention (90 days by default).")
  @APIResponse(
      responseCode = "200",
      description = "一页计数。/ A page of counters.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RefusalCountPage.class),
              examples = @ExampleObject(name = "page", value = AuditExamples.REFUSALS)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数格式错误、每页条数超出范围或游标无效。/ A malformed parameter, a page size out of range or a cursor"
              + " that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<RefusalCountPage> list(
      @Parameter(description = "客户端编号。/ Client id.", example = "demo-agency")
          @QueryParam("clientId")
          String clientId,
      @Parameter(description = "起始分钟（含）。/ From (inclusive).", example = "2026-11-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(description = "截止分钟（不含）。/ To (exclusive).", example = "2026-12-01T00:00:00Z")
          @QueryParam("to")
          String to,
      @BeanParam PageRequest page) {
    AuditReader.Filter filter =
        AuditQuery.filter(clientId, null, from, to, paging.sizeViolation(page));
    RequestedPage<Long> requested = paging.request(page, REFUSALS, filter);
    return reader
        .newest(filter, requested.after().orElse(null), requested.limit())
        .map(
            read -> {
              Page<RefusalCount> found = requested.of(read, RefusalCount::id);
              return new RefusalCountPage(found.items(), found.next());
            });
  }
}
