package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.PagingProblems;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.submission.format.BodyFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submissions of credit records by departments and county platforms. */
@Path(SubmissionLinks.PATH)
@Tag(name = "submission")
@RolesAllowed(Scopes.RECORDS_SUBMIT)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.RECORDS_SUBMIT)
public class SubmissionResource {

  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";

  private static final int MAX_KEY_LENGTH = 255;
  private static final String PAGE_REFUSED =
      "游标无效或每页条数超出范围。/ A cursor that cannot be used, or a page size out of range.";

  private final Submissions port;
  private final BodySpool spool;
  private final ConcurrentSubmissions concurrent;
  private final SizeCharge charge;
  private final SubmissionRepository submissions;
  private final SubmissionErrorPaging errorPaging;
  private final Paging paging;
  private final CallerIdentity caller;

  @Inject
  SubmissionResource(
      Submissions port,
      BodySpool spool,
      ConcurrentSubmissions concurrent,
      SizeCharge charge,
      SubmissionRepository submissions,
      SubmissionErrorPaging errorPaging,
      Paging paging,
      CallerIdentity caller) {
    this.port = port;
    this.spool = spool;
    this.concurrent = concurrent;
    this.charge = charge;
    this.submissions = submissions;
    this.errorPaging = errorPaging;
    this.paging = paging;
    this.caller = caller;
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, NDJSON, CSV})
  @Produces(MediaType.APPLICATION_JSON)
  @Audited(AuditKind.CHANGE)
  @Operation(
      operationId = "submitRecords",
      summary = "报送信用记录 / Submit credit records",
      description =
          "以 JSON 数组、NDJSON 或 CSV（UTF-8，表头为字段代码或中文名称）报送一批记录。默认逐条处理：合格记录被接受，不合格记录连同位置、字段和原因列出；atomic=true"
              + " 时任何错误都使整批不写入。同一客户端、同一幂等键、同一请求体的重试返回首次的答复；幂等键相同而请求体不同为 422，首次请求仍在处理时为"
              + " 409。同一记录（记录类型与 sourceRef）原样再报为无变化，内容改变则成为新版本（更正）。记录数不超过 credit.submission.sync-max-records"
              + " 时处理完成后答复 200；更大的批次在请求体持久保存后答复 202 并在后台处理，进度见 Location。/ Submits a batch of"
              + " records as a JSON array, NDJSON or CSV (UTF-8, header of field codes or Chinese"
              + " names). By default each record stands alone: valid ones are accepted, invalid"
              + " ones are listed with their index, field and reason; with atomic=true any error"
              + " leaves the whole batch unwritten. A retry with the same Idempotency-Key and body"
              + " replays the first answer; the same key with another body is 422, a retry while"
              + " the first still runs is 409. The same record (record type and sourceRef) sent"
              + " again unchanged is a no-op; changed, it becomes a new version (a correction)."
              + " Batches up to credit.submission.sync-max-records records are answered 200 when"
              + " processed; larger ones 202 once the body is stored durably, then processed in"
              + " the background: follow Location. The body is received whole into a file before"
              + " any database work. A submission costs one rate-limit unit per started"
              + " credit.submission.bytes-per-unit (1 MiB) of its body, charged before reading when"
              + " Content-Length is given; a client may have credit.submission.max-concurrent-per-client"
              + " (4) submissions arriving or running at once. 请求体先完整写入文件再进行数据库操作；每报送按请求体大小计费，"
              + "每开始的 1 MiB 计 1 个限流单位；同一客户端同时进行的报送不超过 4 个。")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class),
            examples = @ExampleObject(name = "json", value = SubmissionExamples.JSON_BODY)),
        @Content(
            mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "ndjson", value = SubmissionExamples.NDJSON_BODY)),
        @Content(
            mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = SubmissionExamples.CSV_BODY))
      })
  @APIResponse(
      responseCode = "200",
      description = "已处理：各记录的结果。/ Processed: what became of each record.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionView.class),
              examples = @ExampleObject(name = "completed", value = SubmissionExamples.COMPLETED)))
  @APIResponse(
      responseCode = "202",
      description =
          "大批次已持久保存，正在后台处理。/ A large batch, stored durably and processing in the background.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionView.class),
              examples = @ExampleObject(name = "accepted", value = SubmissionExamples.ACCEPTED)))
  @APIResponse(
      responseCode = "409",
      description = "使用该幂等键的首次请求仍在处理。/ The first request with this key is still being processed.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "in-progress", value = SubmissionExamples.IN_PROGRESS)))
  @APIResponse(
      responseCode = "413",
      description = "请求体或记录数超过上限。/ The body or the number of records is over the limit.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "too-many-records", value = SubmissionExamples.TOO_LARGE)))
  @APIResponse(
      responseCode = "429",
      description =
          "超出套餐限额（按请求体大小计费），或同时进行的报送过多；在 Retry-After 秒后重试。/ The plan does not allow"
              + " this call now (it costs by body size), or the client has too many submissions at"
              + " once; retry after Retry-After seconds.",
      headers = @Header(name = HttpHeaders.RETRY_AFTER, ref = "#/components/headers/Retry-After"),
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "rate-limited", value = SubmissionExamples.RATE_LIMITED),
                @ExampleObject(
                    name = "too-many-concurrent-submissions",
                    value = SubmissionExamples.TOO_MANY_CONCURRENT)
              }))
  @APIResponse(
      responseCode = "422",
      description =
          "整批被拒绝（atomic=true），或幂等键已用于另一请求，或请求体无法读取。/ An atomic batch refused, a reused key, or an unreadable body.",
      content = {
        @Content(
            mediaType = ProblemResponses.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = {
              @ExampleObject(name = "batch-rejected", value = SubmissionExamples.BATCH_REJECTED),
              @ExampleObject(name = "key-reused", value = SubmissionExamples.KEY_REUSED)
            })
      })
  public Response submit(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(
              description =
                  "幂等键（IETF draft-ietf-httpapi-idempotency-key-header），每个客户端范围内唯一，随报送永久保存。/ The"
                      + " idempotency key (IETF draft), unique per client, kept with the submission.",
              example = "batch-20261129-01")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Parameter(description = "整批原子处理。/ All or nothing.", example = "false")
          @QueryParam("atomic")
          @DefaultValue("false")
          boolean atomic,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength) {
    BodyFormat format = BodyFormat.of(contentType);
    SubmissionOptions options = new SubmissionOptions(atomic, idempotencyKey(idempotencyKey));
    try (ConcurrentSubmissions.Running running = concurrent.enter(clientId())) {
      if (declaredLength != null) {
        charge.forBytes(declaredLength);
      }
      try (SpooledBody spooled = spool.receive(body)) {
        charge.forBytes(spooled.size());
        return answer(
            port.submit(clientId(), format, spooled, options), Languages.choose(acceptLanguage));
      }
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listSubmissions",
      summary = "本客户端的报送 / The caller's submissions",
      description =
          "列出调用方自己的报送，最新在前，按游标分页（见 docs/paging.md）。/ Lists the caller's own submissions,"
              + " newest first, with cursor paging (see docs/paging.md).")
  @APIResponse(
      responseCode = "200",
      description = "一页报送。/ A page of submissions.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionPage.class),
              examples = @ExampleObject(name = "page", value = SubmissionExamples.PAGE)))
  @APIResponse(responseCode = "400", description = PAGE_REFUSED)
  public SubmissionPage list(
      @BeanParam PageRequest page,
      @Parameter(hidden = true) @QueryParam("before") String before,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    PagingProblems.refuseRetired("before", before);
    RequestedPage<SubmissionKey> requested = paging.request(page, SubmissionKey.KEYSET, clientId());
    Page<Submission> found =
        requested.of(
            submissions.page(clientId(), requested.after().orElse(null), requested.limit()),
            SubmissionKey::of);
    return new SubmissionPage(
        port.reports(found.items()).stream()
            .map(report -> SubmissionView.of(report, Languages.choose(acceptLanguage)))
            .toList(),
        found.next());
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getSubmission",
      summary = "一次报送的状态 / A submission's status",
      description =
          "报送的状态、计数和前若干条错误；只能看自己的报送。/ The submission's status, counts and first errors;"
              + " the caller's own only.")
  @APIResponse(
      responseCode = "200",
      description = "报送。/ The submission.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionView.class),
              examples = @ExampleObject(name = "completed", value = SubmissionExamples.COMPLETED)))
  @APIResponse(responseCode = "404", ref = SubmissionResponsesFilter.SUBMISSION_NOT_FOUND)
  public SubmissionView get(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return SubmissionView.of(own(id), Languages.choose(acceptLanguage));
  }

  @GET
  @Path("/{id}/errors")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listSubmissionErrors",
      summary = "报送的记录错误 / A submission's record errors",
      description =
          "按记录顺序列出被拒绝记录的全部原因，按游标分页（见 docs/paging.md）；一页只含完整的记录：同一记录的错误从不分在两页，"
              + "错误多于每页条数的记录单独成页。/ Every reason a record was refused, in record order, with"
              + " cursor paging (see docs/paging.md); a page holds whole records: one record's errors"
              + " are never split across pages, and a record with more errors than a page fills"
              + " a page of its own.")
  @APIResponse(
      responseCode = "200",
      description = "一页错误。/ A page of errors.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionErrorPage.class),
              examples = @ExampleObject(name = "errors", value = SubmissionExamples.ERRORS)))
  @APIResponse(responseCode = "400", description = PAGE_REFUSED)
  @APIResponse(responseCode = "404", ref = SubmissionResponsesFilter.SUBMISSION_NOT_FOUND)
  public SubmissionErrorPage errors(
      @Parameter(description = "报送编号。/ The submission id.", example = SubmissionExamples.ID)
          @PathParam("id")
          UUID id,
      @BeanParam PageRequest page,
      @Parameter(hidden = true) @QueryParam("from") String from,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    PagingProblems.refuseRetired("from", from);
    own(id);
    Locale language = Languages.choose(acceptLanguage);
    Page<StoredError> found =
        errorPaging.page(id, paging.request(page, SubmissionErrorPaging.KEYSET, id));
    return new SubmissionErrorPage(
        found.items().stream().map(error -> SubmissionErrorView.of(error, language)).toList(),
        found.next());
  }

  /** The outcome as HTTP: 200 when done, 202 while in the background, 422 for a refused batch. */
  private static Response answer(SubmissionOutcome outcome, Locale language) {
    if (outcome instanceof SubmissionOutcome.Rejected) {
      throw rejected(outcome.report());
    }
    SubmissionView view = SubmissionView.of(outcome.report(), language);
    if (outcome instanceof SubmissionOutcome.Processing running) {
      return Response.accepted(view)
          .type(MediaType.APPLICATION_JSON)
          .location(URI.create(SubmissionLinks.of(view.id())))
          .header(HttpHeaders.RETRY_AFTER, running.askAgainAfter().toSeconds())
          .build();
    }
    return Response.ok(view, MediaType.APPLICATION_JSON).build();
  }

  private static ProblemException rejected(SubmissionReport report) {
    List<Violation> violations =
        report.firstErrors().stream()
            .map(
                error ->
                    new Violation(
                        "/" + error.index() + error.pointer(), error.code(), error.message()))
            .toList();
    return new ProblemException(
        SubmissionProblems.BATCH_REJECTED,
        new Text(
            "problem.batch-rejected.detail",
            String.valueOf(report.counts().rejected()),
            String.valueOf(report.records()),
            SubmissionLinks.errorsOf(report.id())),
        violations);
  }

  private SubmissionReport own(UUID id) {
    return port.find(clientId(), id)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.NOT_FOUND, new Text("problem.submission-not-found.detail", id)));
  }

  private String clientId() {
    return caller.current().id();
  }

  private static Optional<String> idempotencyKey(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = header.strip();
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      key = key.substring(1, key.length() - 1);
    }
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != '"' && c != '\\')) {
      throw new ProblemException(
          SubmissionProblems.INVALID_IDEMPOTENCY_KEY,
          new Text("problem.invalid-idempotency-key.detail", String.valueOf(MAX_KEY_LENGTH)));
    }
    return Optional.of(key);
  }
}
