package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditHeaders;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.AuditTarget;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.access.ratelimit.RateLimitedCall;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * Credit service agencies query subjects (信用主体查询): a profile, the visible records, a search and a
 * batch. Every call is audited with the subject it concerned; a person is queried only under the
 * person rules ({@link PersonQueryRules}) and the daily person-query quota ({@link
 * PersonQueryGate}) and is shown masked.
 */
@Path("/api/v1/subjects")
@Tag(name = "query")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CREDIT_QUERY)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.CREDIT_QUERY)
public class SubjectResource {

  static final String PERSON_RULES =
      " 查询自然人（句柄或身份证号码）须同时具备：权限范围 credit:query:person、机构获准查询自然人、请求头 Query-Purpose（配置的查询目的之一）和"
          + " Consent-Reference（本人授权书编号），否则 403 / 400；每查询一人计入机构套餐的每日自然人查询配额，用完后 429"
          + " person-query-quota-exhausted 至北京时间零时；身份证号码与姓名一律脱敏。/ A person (handle or"
          + " identity number) is queried only with the scope credit:query:person, an agency licensed for"
          + " person queries, and the headers Query-Purpose (one of the configured purposes) and"
          + " Consent-Reference (the person's authorisation), else 403 / 400; each person queried"
          + " counts once against the plan's daily person-query quota, and once it is used up the"
          + " answer is 429 person-query-quota-exhausted until midnight China time; identity"
          + " numbers and names are always masked.";

  private final Agencies agencies;
  private final PersonQueryRules personRules;
  private final PersonQueryGate persons;
  private final SubjectQueries queries;
  private final SubjectSearch search;
  private final BatchQueries batches;
  private final Visibility visibility;
  private final Catalog catalog;
  private final Paging paging;
  private final SecurityIdentity caller;
  private final AuditTarget audit;
  private final RateLimitedCall call;

  @Inject
  SubjectResource(
      Agencies agencies,
      PersonQueryRules personRules,
      PersonQueryGate persons,
      SubjectQueries queries,
      SubjectSearch search,
      BatchQueries batches,
      Visibility visibility,
      Catalog catalog,
      Paging paging,
      SecurityIdentity caller,
      AuditTarget audit,
      RateLimitedCall call) {
    this.agencies = agencies;
    this.personRules = personRules;
    this.persons = persons;
    this.queries = queries;
    this.search = search;
    this.batches = batches;
    this.visibility = visibility;
    this.catalog = catalog;
    this.paging = paging;
    this.caller = caller;
    this.audit = audit;
    this.call = call;
  }

  @GET
  @Path("/{code}")
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "getSubject",
      summary = "信用主体概况 / A subject's profile",
      description =
          "按统一社会信用代码（法人和非法人组织）或本机构的自然人句柄（见 POST /api/v1/persons/lookup）查询主体概况：名称、类别、区划、登记信息、按类型统计的可见记录数、名单标识和最近变化时间。"
              + "调用方看不到任何记录的主体与不存在的主体一样返回 404。/ The profile of an organisation (by"
              + " unified social credit code) or a person (by the agency's handle, see POST"
              + " /api/v1/persons/lookup): name,"
              + " kind, division, registration facts, visible records counted by type, list flags"
              + " and the last change. A subject of which the caller may see no record answers"
              + " 404, exactly as an unknown one."
              + PERSON_RULES)
  @APIResponse(
      responseCode = "200",
      description = "主体概况。/ The profile.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectProfile.class),
              examples = {
                @ExampleObject(name = "organisation", value = QueryExamples.PROFILE),
                @ExampleObject(name = "person", value = QueryExamples.PERSON_PROFILE)
              }))
  @APIResponse(responseCode = "400", ref = SubjectResponsesFilter.SUBJECT_REQUEST_INVALID)
  @APIResponse(responseCode = "403", ref = SubjectResponsesFilter.PERSON_QUERY_REFUSED)
  @APIResponse(responseCode = "404", ref = SubjectResponsesFilter.SUBJECT_NOT_FOUND)
  public Uni<SubjectProfile> profile(
      @Parameter(description = CODE, example = "91620702MA74A0TD98") @PathParam("code") String code,
      @Parameter(description = PURPOSE, example = "LOAN") @HeaderParam(AuditHeaders.QUERY_PURPOSE)
          String purpose,
      @Parameter(description = CONSENT, example = "AUTH-2026-000123")
          @HeaderParam(AuditHeaders.CONSENT_REFERENCE)
          String consentReference) {
    return agencies
        .of(caller)
        .flatMap(
            agency -> {
              SubjectCode subject = subject(code, agency, purpose, consentReference);
              return counted(subject).chain(() -> queries.profile(agency, subject));
            })
        .map(SubjectResource::found);
  }

  @GET
  @Path("/{code}/records")
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "listSubjectRecords",
      summary = "主体的可见记录 / A subject's visible records",
      description =
          "调用方可见的记录，当前版本（更正后只显示最新版本），决定日期从新到旧，按游标分页：公开类记录对所有机构可见；有条件共享类仅对获授权该类型的机构可见"
              + "（用 type 指定未获授权的类型返回 403）；不予共享类、已撤销记录和公示期已满的记录（按北京时间）从不返回。/ The records"
              + " the caller may see, in their current version (a correction shows only the"
              + " latest), newest decision first, with cursor paging: public types to every"
              + " agency; conditional types only to agencies granted the type (type= naming one not"
              + " granted answers 403); types that are not shared, revoked records and records past"
              + " their publication period (China time) never."
              + PERSON_RULES)
  @APIResponse(
      responseCode = "200",
      description = "一页记录。/ A page of records.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecordPage.class),
              examples = @ExampleObject(name = "records", value = QueryExamples.RECORDS)))
  @APIResponse(
      responseCode = "400",
      description =
          "代码无效、参数格式错误、每页条数超出范围、游标无效，或自然人查询条件不全。/ An invalid code, a"
              + " malformed parameter, a page size out of range, a cursor that cannot be used, or an"
              + " incomplete person query.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid-code", value = QueryExamples.INVALID_CODE)))
  @APIResponse(
      responseCode = "403",
      description =
          "所指定的记录类型未获授权，或自然人查询缺少权限。/ The record type asked for is not granted, or a"
              + " person query is not allowed.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "not-granted", value = QueryExamples.NOT_GRANTED)))
  @APIResponse(responseCode = "404", ref = SubjectResponsesFilter.SUBJECT_NOT_FOUND)
  public Uni<RecordPage> records(
      @Parameter(description = CODE, example = "91620702MA74A0TD98") @PathParam("code") String code,
      @Parameter(description = "只看此类型。/ Only this record type.", example = "ADMIN_PENALTY")
          @QueryParam("type")
          String type,
      @Parameter(description = "决定日期不早于（yyyy-MM-dd）。/ Decided on or after.", example = "2026-01-01")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "决定日期不晚于（yyyy-MM-dd）。/ Decided on or before.",
              example = "2026-12-31")
          @QueryParam("to")
          String to,
      @BeanParam PageRequest page,
      @Parameter(description = PURPOSE, example = "LOAN") @HeaderParam(AuditHeaders.QUERY_PURPOSE)
          String purpose,
      @Parameter(description = CONSENT, example = "AUTH-2026-000123")
          @HeaderParam(AuditHeaders.CONSENT_REFERENCE)
          String consentReference) {
    RecordFilter filter = RecordFilter.of(type, from, to);
    return agencies
        .of(caller)
        .flatMap(
            agency -> {
              SubjectCode subject = subject(code, agency, purpose, consentReference);
              RequestedPage<RecordKey> requested =
                  paging.request(page, RecordKey.KEYSET, subject.key(), filter);
              requireReadable(agency, filter.type());
              return counted(subject)
                  .chain(() -> queries.records(agency, subject, filter, requested));
            })
        .map(SubjectResource::found);
  }

  @GET
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "searchSubjects",
      summary = "搜索信用主体 / Search subjects",
      description =
          "q 只含字母和数字时按统一社会信用代码前缀查找，否则按名称查找（match=contains 包含，默认；match=prefix 开头），至少 2 个字符，"
              + "中文按字符二元组索引；可按 kind、region（区划代码，市级代码含下属区县）、onList（BLACK 失信或经营异常，RED 红名单）筛选；"
              + "按名称（或代码）排序，按游标分页。只返回调用方能看到记录的主体。搜索从不返回自然人：查询自然人用 POST /api/v1/persons/lookup；"
              + "q 为身份证号码时返回 400 identity-number-in-url。/ A q of letters and digits only is a credit-code prefix;"
              + " anything else searches names (match=contains, the default, or match=prefix), at"
              + " least 2 characters, Chinese through a character-bigram index. Filters: kind,"
              + " region (a division code; a city's code takes its districts and counties),"
              + " onList (BLACK: black or abnormal-operation list; RED: red list). Sorted by name"
              + " (or code), cursor-paged. Only subjects with a record the caller may see are"
              + " found. Search never returns persons: a person is looked up with POST"
              + " /api/v1/persons/lookup, and a q that is an identity number answers 400"
              + " identity-number-in-url.")
  @APIResponse(
      responseCode = "200",
      description = "一页结果。/ A page of results.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SearchPage.class),
              examples = @ExampleObject(name = "found", value = QueryExamples.SEARCH)))
  @APIResponse(
      responseCode = "400",
      description =
          "参数缺失或格式错误、每页条数超出范围，或游标无效。/ A missing or malformed parameter, a page size out of"
              + " range, or a cursor that cannot be used.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "short-text", value = QueryExamples.SHORT_TEXT)))
  public Uni<SearchPage> search(
      @Parameter(
              description =
                  "名称的一部分（2–100 个字符）或代码前缀。/ Part of a name (2–100 characters) or a"
                      + " code prefix.",
              example = "甘州区示例")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "contains（默认）或 prefix，仅用于名称。/ contains (default) or prefix; names only.",
              example = "contains")
          @QueryParam("match")
          String match,
      @Parameter(
              description = "ORGANISATION 或 PERSON。/ ORGANISATION or PERSON.",
              example = "ORGANISATION")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "六位行政区划代码。/ A six-digit division code.", example = "620700")
          @QueryParam("region")
          String region,
      @Parameter(description = "BLACK 或 RED。/ BLACK or RED.", example = "BLACK")
          @QueryParam("onList")
          String onList,
      @BeanParam PageRequest page) {
    SearchCriteria criteria = SearchCriteria.of(q, match, kind, region, onList);
    RequestedPage<SearchKey> requested = paging.request(page, SearchKey.KEYSET, criteria);
    return agencies
        .of(caller)
        .flatMap(
            agency ->
                criteria.includes(SubjectKind.ORGANISATION)
                    ? search.organisations(agency, criteria, requested)
                    : Uni.createFrom().item(SearchPage.empty()));
  }

  @POST
  @Path("/batch-query")
  @Consumes(MediaType.APPLICATION_JSON)
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "batchQuerySubjects",
      summary = "批量查询主体概况 / Batch query of profiles",
      description =
          "一次查询最多 100 个不重复的代码（超过返回 400 batch-too-large，重复返回 400 duplicate-codes 并指出重复项），"
              + "每个代码的结果或问题（代码无效、不存在、自然人查询条件不全）都在同一个 200 响应中；限流按代码个数计费。"
              + "/ Up to 100 distinct codes per call (more answers 400 batch-too-large, a code given"
              + " twice 400 duplicate-codes naming it); the result or the problem of each code"
              + " (invalid, not found, person rules not met) comes in one 200 answer. The call costs"
              + " one rate-limit unit per code."
              + PERSON_RULES)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchQuery.class),
              examples = @ExampleObject(name = "codes", value = QueryExamples.BATCH)))
  @APIResponse(
      responseCode = "200",
      description = "每个代码的结果。/ The result of each code.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchAnswer.class),
              examples = @ExampleObject(name = "answer", value = QueryExamples.BATCH_ANSWER)))
  @APIResponse(
      responseCode = "400",
      description = "没有代码、代码过多或有重复。/ No codes, too many codes, or a code given twice.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "too-many", value = QueryExamples.BATCH_TOO_LARGE),
                @ExampleObject(name = "duplicates", value = QueryExamples.DUPLICATES)
              }))
  public Uni<BatchAnswer> batch(
      BatchQuery batch,
      @Parameter(description = PURPOSE, example = "LOAN") @HeaderParam(AuditHeaders.QUERY_PURPOSE)
          String purpose,
      @Parameter(description = CONSENT, example = "AUTH-2026-000123")
          @HeaderParam(AuditHeaders.CONSENT_REFERENCE)
          String consentReference,
      @Parameter(description = "zh 或 en，默认中文。/ zh or en; Chinese by default.", example = "zh-CN")
          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
          String acceptLanguage) {
    List<String> codes = batches.codes(batch);
    return call.costs(codes.size())
        .flatMap(charged -> agencies.of(caller))
        .flatMap(
            agency ->
                batches.answer(
                    agency,
                    batch,
                    purpose,
                    consentReference,
                    Languages.choose(acceptLanguage),
                    audit));
  }

  public static final String CODE =
      "统一社会信用代码，或自然人的句柄（POST /api/v1/persons/lookup 返回的 subject）；身份证号码不得出现在网址中。/ A"
          + " unified social credit code, or a person's handle (the subject answered by POST"
          + " /api/v1/persons/lookup); an identity number never goes in a URL.";

  public static final String PURPOSE =
      "查询目的，查询自然人时必填：LOAN、EMPLOYMENT、LEASE、TENDER、OTHER（可配置）。/ The purpose, required"
          + " for a person: LOAN, EMPLOYMENT, LEASE, TENDER, OTHER (configurable).";
  public static final String CONSENT =
      "本人授权书编号，查询自然人时必填，最长 64 个字符。/ The reference of the person's authorisation,"
          + " required for a person, at most 64 characters.";

  /** The subject {@code code} names for the agency under the person rules, put in the audit. */
  private SubjectCode subject(String code, Agency agency, String purpose, String consentReference) {
    SubjectCode subject = personRules.subject(code, agency, purpose, consentReference);
    audit.subject(subject.key());
    return subject;
  }

  /** A person counts once against the agency's daily person-query quota; an organisation never. */
  private Uni<Void> counted(SubjectCode subject) {
    return subject.person() ? persons.count(1) : Uni.createFrom().voidItem();
  }

  private void requireReadable(Agency agency, String type) {
    if (type == null) {
      return;
    }
    if (catalog.recordType(type).isEmpty()) {
      throw QueryParameters.malformed("type", "unknown", new Text("violation.query.type", type));
    }
    if (!visibility.mayRead(agency, type)) {
      throw new ProblemException(
          QueryProblems.RECORD_TYPE_NOT_GRANTED,
          new Text("problem.record-type-not-granted.detail", type));
    }
  }

  private static <T> T found(Optional<T> found) {
    return found.orElseThrow(QueryProblems::subjectNotFound);
  }
}
