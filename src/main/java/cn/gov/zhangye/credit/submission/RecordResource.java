package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.record.RecordCommands;
import cn.gov.zhangye.credit.record.RecordReads;
import cn.gov.zhangye.credit.record.RecordView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A submitter's own records: the current version with its history, and revocation. */
@Path("/api/v1/records/{recordType}/{sourceRef}")
@Tag(name = "submission")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.RECORDS_SUBMIT)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.RECORDS_SUBMIT)
public class RecordResource {

  private static final int MAX_REASON_LENGTH = 500;

  private final RecordReads records;
  private final RecordCommands commands;
  private final CallerIdentity caller;

  @Inject
  RecordResource(RecordReads records, RecordCommands commands, CallerIdentity caller) {
    this.records = records;
    this.commands = commands;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "getOwnRecord",
      summary = "本客户端报送的一条记录 / One of the caller's records",
      description =
          "调用方报送的记录的当前版本与全部历史版本（更正、撤销）；只能看自己报送的记录。/ The current version and the"
              + " whole history (corrections, revocation) of a record the caller submitted; the"
              + " caller's own records only.")
  @APIResponse(
      responseCode = "200",
      description = "记录。/ The record.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecordView.class),
              examples = @ExampleObject(name = "record", value = RecordExamples.RECORD)))
  @APIResponse(responseCode = "404", ref = RecordResponsesFilter.RECORD_NOT_FOUND)
  public Uni<RecordView> get(
      @Parameter(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY")
          @PathParam("recordType")
          String recordType,
      @Parameter(
              description = "报送方的记录编号。/ The submitter's reference.",
              example = "ZYSJ-CF-2026-000101")
          @PathParam("sourceRef")
          String sourceRef) {
    return records
        .submitted(clientId(), recordType, sourceRef)
        .map(found -> found(found, recordType, sourceRef));
  }

  @POST
  @Path("/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Audited(AuditKind.CHANGE)
  @Operation(
      operationId = "revokeRecord",
      summary = "撤销记录 / Revoke a record",
      description =
          "撤销调用方报送的一条记录：记录退出一切输出（查询、公示、交换），但保留在历史中；交换平台随后收到撤销。重复撤销不再改变记录。/ Revokes a"
              + " record the caller submitted: it leaves every output (queries, publication,"
              + " exchange) but stays in the history; the exchange learns of it. Revoking again"
              + " changes nothing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RevocationRequest.class),
              examples = @ExampleObject(name = "revocation", value = RecordExamples.REVOCATION)))
  @APIResponse(
      responseCode = "200",
      description = "已撤销的记录。/ The revoked record.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecordView.class),
              examples = @ExampleObject(name = "revoked", value = RecordExamples.RECORD)))
  @APIResponse(responseCode = "404", ref = RecordResponsesFilter.RECORD_NOT_FOUND)
  @APIResponse(
      responseCode = "422",
      description = "缺少撤销原因。/ No reason given.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "reason", value = RecordExamples.REASON_MISSING)))
  public Uni<RecordView> revoke(
      @PathParam("recordType") String recordType,
      @PathParam("sourceRef") String sourceRef,
      RevocationRequest request) {
    String reason = request == null || request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          new Text("problem.revocation.reason"),
          List.of(
              new Violation(
                  "/reason",
                  "required",
                  new Text("violation.revocation-reason", String.valueOf(MAX_REASON_LENGTH)))));
    }
    return commands
        .revoke(clientId(), recordType, sourceRef, reason)
        .map(found -> found(found, recordType, sourceRef));
  }

  private static RecordView found(
      Optional<RecordView> record, String recordType, String sourceRef) {
    return record.orElseThrow(
        () ->
            new ProblemException(
                ProblemType.NOT_FOUND,
                new Text("problem.record-not-found.detail", recordType, sourceRef)));
  }

  private String clientId() {
    return caller.current().id();
  }
}
