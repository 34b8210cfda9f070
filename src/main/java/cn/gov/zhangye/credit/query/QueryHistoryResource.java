package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.paging.Keyset;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agency's own query history (查询记录), from the audit log. */
@Path("/api/v1/queries")
@Tag(name = "query")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CREDIT_QUERY)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.CREDIT_QUERY)
public class QueryHistoryResource {

  /** The history is newest first by audit entry id; a cursor carries the id of the last one. */
  private static final Keyset<Long> KEYSET = Keyset.ofNumber("query-history");

  private final QueryHistory history;
  private final SubjectCodeParser parser;
  private final Agencies agencies;
  private final Paging paging;
  private final SecurityIdentity caller;

  @Inject
  QueryHistoryResource(
      QueryHistory history,
      SubjectCodeParser parser,
      Agencies agencies,
      Paging paging,
      SecurityIdentity caller) {
    this.history = history;
    this.parser = parser;
    this.agencies = agencies;
    this.paging = paging;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listOwnQueries",
      summary = "本机构的查询记录 / The caller's own queries",
      description =
          "调用方自己的主体查询（概况、记录、搜索、批量查询），取自审计日志，最新在前，可按时间和主体筛选，按游标分页；永远看不到其他机构的查询。"
              + "/ The caller's own subject queries (profiles, records, searches, batches), from the"
              + " audit log, newest first, filtered by time and subject, cursor-paged; never"
              + " another agency's.")
  @APIResponse(
      responseCode = "200",
      description = "一页查询记录。/ A page of queries.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = QueryHistoryPage.class),
              examples = @ExampleObject(name = "history", value = QueryExamples.HISTORY)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数格式错误、每页条数超出范围或游标无效。/ A malformed parameter, a page size out of range or a cursor"
              + " that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "time", value = QueryExamples.BAD_TIME)))
  public Uni<QueryHistoryPage> list(
      @Parameter(
              description = "不早于此时（ISO 8601）。/ At or after (ISO 8601).",
              example = "2026-11-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "早于此时（ISO 8601）。/ Before (ISO 8601).",
              example = "2026-12-01T00:00:00Z")
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "只看此主体：统一社会信用代码或本机构的自然人句柄。/ Only this subject: a credit code or the"
                      + " agency's handle of a person.",
              example = "91620702MA74A0TD98")
          @QueryParam("subject")
          String subject,
      @BeanParam PageRequest page) {
    QueryHistory.Period period = QueryHistory.Period.of(from, to);
    return agencies
        .of(caller)
        .flatMap(
            agency -> {
              String subjectKey = subject == null ? null : parser.parse(subject, agency).key();
              RequestedPage<Long> requested = paging.request(page, KEYSET, period, subjectKey);
              return history
                  .entries(
                      agency.clientId(),
                      period,
                      subjectKey,
                      requested.after().orElse(null),
                      requested.limit())
                  .map(entries -> page(requested, entries));
            });
  }

  private static QueryHistoryPage page(
      RequestedPage<Long> requested, List<QueryHistoryPage.Entry> entries) {
    Page<QueryHistoryPage.Entry> found = requested.of(entries, entry -> Long.valueOf(entry.id()));
    return new QueryHistoryPage(found.items(), found.next());
  }
}
