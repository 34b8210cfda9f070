package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** A client's own audit entries, and the whole log and its verification for operators. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
public class AuditResource {

  /** Both listings are newest first by entry id; a cursor carries the id of the last one. */
  private static final Keyset<Long> OWN_ENTRIES = Keyset.ofNumber("own-audit-entries");

  private static final Keyset<Long> ALL_ENTRIES = Keyset.ofNumber("audit-entries");

  private final AuditReader reader;
  private final AuditVerifier verifier;
  private final Paging paging;
  private final CallerIdentity caller;

  @Inject
  AuditResource(AuditReader reader, AuditVerifier verifier, Paging paging, CallerIdentity caller) {
    this.reader = reader;
    this.verifier = verifier;
    this.paging = paging;
    this.caller = caller;
  }

  @GET
  @Path("/audit/mine")
  @Authenticated
  @SecurityRequirement(name = ApiSecurity.OAUTH2)
  @Operation(
      operationId = "listMyAuditEntries",
      summary = "本客户端的审计记录 / The caller's own audit entries",
      description =
          "列出调用方自己的审计记录（查询、变更、管理操作），最新在前，按游标分页；看不到其他客户端的记录。/ Lists the"
              + " caller's own audit entries (reads, changes, administration), newest first, with"
              + " cursor paging; never another client's.")
  @APIResponse(
      responseCode = "200",
      description = "一页审计记录。/ A page of entries.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditPage.class),
              examples = @ExampleObject(name = "page", value = AuditExamples.PAGE)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数格式错误、每页条数超出范围或游标无效。/ A malformed parameter, a page size out of range or a cursor"
              + " that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "kind", value = AuditExamples.BAD_KIND)))
  public Uni<AuditPage> mine(@BeanParam AuditListing listing, @BeanParam PageRequest page) {
    return page(
        OWN_ENTRIES, listing.filter(caller.current().id(), paging.sizeViolation(page)), page);
  }

  @GET
  @Path("/admin/audit")
  @RolesAllowed(Scopes.ADMIN)
  @SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.ADMIN)
  @Operation(
      operationId = "listAuditEntries",
      summary = "全部审计记录 / All audit entries",
      description =
          "运维人员按客户端、类别、时间筛选全部审计记录，最新在前。/ For operators: every audit entry, filtered by"
              + " client, kind and time, newest first.")
  @APIResponse(
      responseCode = "200",
      description = "一页审计记录。/ A page of entries.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditPage.class),
              examples = @ExampleObject(name = "page", value = AuditExamples.PAGE)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数格式错误、每页条数超出范围或游标无效。/ A malformed parameter, a page size out of range or a cursor"
              + " that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "kind", value = AuditExamples.BAD_KIND)))
  public Uni<AuditPage> all(
      @Parameter(description = "客户端编号。/ Client id.", example = "demo-agency")
          @QueryParam("clientId")
          String clientId,
      @BeanParam AuditListing listing,
      @BeanParam PageRequest page) {
    return page(ALL_ENTRIES, listing.filter(clientId, paging.sizeViolation(page)), page);
  }

  @POST
  @Path("/admin/audit/verify")
  @RolesAllowed(Scopes.ADMIN)
  @SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.ADMIN)
  @Audited(AuditKind.ADMIN)
  @Operation(
      operationId = "verifyAuditLog",
      summary = "校验审计日志 / Verify the audit log",
      description =
          "逐条重算每条写入链的散列，报告第一个断裂处（内容被改、前序散列不符或序号缺失）；再以每个签名检查点核对各链，报告第一个不符的检查点（链尾被删、写入链缺失、链被改写后重算散列、检查点无效或缺失）。/"
              + " Recomputes every hash chain and reports the first broken link (altered content,"
              + " a previous-hash mismatch or a sequence gap); then holds every signed checkpoint"
              + " against the chains and reports the first that does not hold (a deleted tail, a"
              + " missing lane, a chain re-hashed after an edit, an invalid or removed"
              + " checkpoint).")
  @APIResponse(
      responseCode = "200",
      description = "校验结果。/ The result.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChainVerification.class),
              examples = {
                @ExampleObject(name = "intact", value = AuditExamples.INTACT),
                @ExampleObject(name = "broken", value = AuditExamples.BROKEN),
                @ExampleObject(name = "tail-deleted", value = AuditExamples.TAIL_DELETED)
              }))
  public Uni<ChainVerification> verify() {
    return verifier.verify();
  }

  private Uni<AuditPage> page(Keyset<Long> keyset, AuditReader.Filter filter, PageRequest request) {
    RequestedPage<Long> requested = paging.request(request, keyset, filter);
    return reader
        .entries(filter, requested.after().orElse(null), requested.limit())
        .map(
            entries -> {
              Page<AuditRecord> found = requested.of(entries, AuditRecord::id);
              return new AuditPage(found.items(), found.next());
            });
  }
}
