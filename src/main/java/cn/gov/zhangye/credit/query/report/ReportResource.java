package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditHeaders;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.AuditTarget;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.access.ratelimit.RateLimitedCall;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.query.Agencies;
import cn.gov.zhangye.credit.query.PersonQueryGate;
import cn.gov.zhangye.credit.query.PersonQueryRules;
import cn.gov.zhangye.credit.query.SubjectCode;
import cn.gov.zhangye.credit.query.SubjectResource;
import cn.gov.zhangye.credit.query.SubjectResponsesFilter;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credit reports (信用报告) on a subject, signed by the gateway, in JSON or PDF. The subject code, the
 * agency and the conditions of a person query are the query feature's, checked as for every query.
 */
@Path("/api/v1/subjects/{code}/report")
@Tag(name = "query")
@RolesAllowed(Scopes.CREDIT_QUERY)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.CREDIT_QUERY)
public class ReportResource {

  static final String PDF = "application/pdf";

  private final ReportIssuer issuer;
  private final Agencies agencies;
  private final PersonQueryRules personRules;
  private final PersonQueryGate persons;
  private final AuditTarget audit;
  private final RateLimitedCall call;
  private final ReportConfig config;
  private final SecurityIdentity caller;

  ReportResource(
      ReportIssuer issuer,
      Agencies agencies,
      PersonQueryRules personRules,
      PersonQueryGate persons,
      AuditTarget audit,
      RateLimitedCall call,
      ReportConfig config,
      SecurityIdentity caller) {
    this.issuer = issuer;
    this.agencies = agencies;
    this.personRules = personRules;
    this.persons = persons;
    this.audit = audit;
    this.call = call;
    this.config = config;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, PDF})
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "getCreditReport",
      summary = "出具信用报告 / Issue a credit report",
      description =
          "出具一份新的信用报告：主体信息及对调用机构可见的记录（公开类全部机构可见，有条件共享类仅限获授权机构，不予共享、已撤销和公示期满的记录不出现），"
              + "数据截至所述变更流序号，并由网关密钥签名（JWS，载荷为报告内容的 RFC 8785 规范化 JSON）。默认 JSON；"
              + "Accept: application/pdf 时返回 PDF（含编号、摘要、核验地址与二维码）。每次调用出具新编号，网关保存编号、摘要与有效期供核验。"
              + "查询自然人（身份证号码）须有 credit:query:person 权限范围、自然人查询资质，并提供 Query-Purpose 与"
              + " Consent-Reference 请求头；身份证号码与姓名一律脱敏。/ Issues a new credit report: the subject"
              + " and the records visible to the calling agency (public types to every agency,"
              + " conditional ones to agencies granted them; never not-shared, revoked or"
              + " past-publication records), as of the stated change-feed position, signed with"
              + " the gateway's key (a JWS whose payload is the RFC 8785 canonical JSON of the"
              + " content). JSON by default; a PDF with Accept: application/pdf (number, hash,"
              + " verification URL and QR code printed). Every call issues a new number; the"
              + " gateway keeps the number, hash and validity for verification. A person (by"
              + " identity number) needs the scope credit:query:person, a licensed agency and the"
              + " headers Query-Purpose and Consent-Reference; identity numbers and names are"
              + " always masked. A report costs credit.report.cost units of the caller's plan (5"
              + " by default; a query costs 1) and holds at most credit.report.max-records records:"
              + " a longer one says truncated, with recordCount the total. At most"
              + " credit.report.max-concurrent-renders PDFs render at once per replica; one more"
              + " is answered 503 report-rendering-busy with Retry-After. 每份报告计"
              + " credit.report.cost 个限流单位（默认 5，查询为 1），最多含 credit.report.max-records"
              + " 条记录，超出时 truncated 为 true、recordCount 为总数；PDF 同时生成数受"
              + " credit.report.max-concurrent-renders 限制，超出时 503 并带 Retry-After。")
  @APIResponse(
      responseCode = "200",
      description =
          "信用报告：JSON（含 signature）或 PDF。/ The report: JSON with its signature, or a PDF document.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreditReport.class),
            examples = @ExampleObject(name = "organisation", value = ReportExamples.REPORT)),
        @Content(
            mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples =
                @ExampleObject(
                    name = "pdf",
                    summary = "A4 PDF，内嵌中文字体 / A4 PDF with an embedded Chinese font",
                    value = ReportExamples.PDF))
      })
  @APIResponse(responseCode = "400", ref = SubjectResponsesFilter.SUBJECT_REQUEST_INVALID)
  @APIResponse(responseCode = "403", ref = SubjectResponsesFilter.PERSON_QUERY_REFUSED)
  @APIResponse(responseCode = "404", ref = SubjectResponsesFilter.SUBJECT_NOT_FOUND)
  @APIResponse(
      responseCode = "503",
      description =
          "同时生成的 PDF 报告已达上限，稍后按 Retry-After 重试。/ As many PDFs as allowed are being rendered:"
              + " retry after Retry-After.",
      headers = @Header(name = HttpHeaders.RETRY_AFTER, ref = "#/components/headers/Retry-After"),
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "rendering-busy", value = ReportExamples.RENDERING_BUSY)))
  public Uni<Response> report(
      @Parameter(description = SubjectResource.CODE, example = "91620702MA71XY2KX8")
          @PathParam("code")
          String code,
      @Parameter(description = SubjectResource.PURPOSE, example = "LOAN")
          @HeaderParam(AuditHeaders.QUERY_PURPOSE)
          String purpose,
      @Parameter(description = SubjectResource.CONSENT, example = "SQ-2026-000123")
          @HeaderParam(AuditHeaders.CONSENT_REFERENCE)
          String consentReference,
      @Context HttpHeaders headers) {
    boolean asPdf = wantsPdf(headers);
    return call.costs(config.cost())
        .chain(() -> agencies.of(caller))
        .flatMap(
            agency -> {
              SubjectCode subject = personRules.subject(code, agency, purpose, consentReference);
              audit.subject(subject.key());
              return basis(subject, purpose, consentReference)
                  .flatMap(basis -> issuer.issue(agency, subject, basis, asPdf));
            })
        .map(issued -> asPdf ? pdf(issued) : Response.ok(issued.report()).build());
  }

  /**
   * The stated purpose and consent of a person's report (null for an organisation), the person
   * rules being met, once the person is counted against the quota.
   */
  private Uni<CreditReport.QueryBasis> basis(
      SubjectCode subject, String purpose, String consentReference) {
    if (!subject.person()) {
      return Uni.createFrom().nullItem();
    }
    return persons
        .count(1)
        .map(
            admitted ->
                new CreditReport.QueryBasis(
                    purpose.strip(), IdentityNumberMask.mask(consentReference.strip())));
  }

  private static Response pdf(ReportIssuer.IssuedReport issued) {
    return Response.ok(issued.pdf(), PDF)
        .header("Content-Disposition", "inline; filename=\"" + issued.report().number() + ".pdf\"")
        .build();
  }

  /** PDF when the caller prefers it to JSON; JSON for a wildcard or no Accept at all. */
  static boolean wantsPdf(HttpHeaders headers) {
    for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
      if (acceptable.getType().equals("application") && acceptable.getSubtype().equals("pdf")) {
        return true;
      }
      if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
    }
    return false;
  }
}
