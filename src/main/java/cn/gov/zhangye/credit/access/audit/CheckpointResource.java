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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed checkpoints of the audit chains, for operators to download and keep elsewhere. */
@Path("/api/v1/admin/audit/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
public class CheckpointResource {

  private static final Keyset<Long> CHECKPOINTS = Keyset.ofNumber("audit-checkpoints");

  private final CheckpointReader reader;
  private final Paging paging;

  @Inject
  CheckpointResource(CheckpointReader reader, Paging paging) {
    this.reader = reader;
    this.paging = paging;
  }

  @GET
  @RolesAllowed(Scopes.ADMIN)
  @SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.ADMIN)
  @Operation(
      operationId = "listAuditCheckpoints",
      summary = "审计检查点 / Audit checkpoints",
      description =
          "列出各写入链的签名检查点（链头位置与散列的 JWS），最新在前，按游标分页。下载后可凭 /.well-known/jwks.json"
              + " 离线核验（见 docs/security.md）。/ Lists the signed checkpoints of the audit lanes (a JWS"
              + " over each lane's head position and hash), newest first, with cursor paging."
              + " Once downloaded they verify offline against /.well-known/jwks.json (see"
              + " docs/security.md).")
  @APIResponse(
      responseCode = "200",
      description = "一页检查点。/ A page of checkpoints.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditCheckpointPage.class),
              examples = @ExampleObject(name = "page", value = AuditExamples.CHECKPOINTS)))
  @APIResponse(
      responseCode = "400",
      description = "每页条数超出范围或游标无效。/ A page size out of range or a cursor that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<AuditCheckpointPage> list(@BeanParam PageRequest page) {
    RequestedPage<Long> requested = paging.request(page, CHECKPOINTS);
    return reader
        .newest(requested.after().orElse(null), requested.limit())
        .map(
            read -> {
              Page<AuditCheckpoint> found = requested.of(read, AuditCheckpoint::id);
              return new AuditCheckpointPage(found.items(), found.next());
            });
  }
}
