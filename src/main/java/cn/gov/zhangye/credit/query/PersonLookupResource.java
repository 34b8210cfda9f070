package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditHeaders;
import cn.gov.zhangye.credit.access.audit.AuditKind;
import cn.gov.zhangye.credit.access.audit.AuditTarget;
import cn.gov.zhangye.credit.access.audit.Audited;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
 * An agency looks a person up by identity number (查找自然人), the number in the body so that it never
 * travels in a URL, and gets the masked profile with the agency's handle for the person.
 */
@Path("/api/v1/persons")
@Tag(name = "query")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CREDIT_QUERY)
@SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.CREDIT_QUERY)
public class PersonLookupResource {

  private final SubjectCodeParser parser;
  private final Agencies agencies;
  private final PersonQueryRules personRules;
  private final PersonQueryGate persons;
  private final SubjectQueries queries;
  private final SecurityIdentity caller;
  private final AuditTarget audit;

  @Inject
  PersonLookupResource(
      SubjectCodeParser parser,
      Agencies agencies,
      PersonQueryRules personRules,
      PersonQueryGate persons,
      SubjectQueries queries,
      SecurityIdentity caller,
      AuditTarget audit) {
    this.parser = parser;
    this.agencies = agencies;
    this.personRules = personRules;
    this.persons = persons;
    this.queries = queries;
    this.caller = caller;
    this.audit = audit;
  }

  @POST
  @Path("/lookup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Audited(AuditKind.READ)
  @Operation(
      operationId = "lookUpPerson",
      summary = "按身份证号码查找自然人 / Look a person up by identity number",
      description =
          "身份证号码放在请求体中（网址中的身份证号码一律 400 identity-number-in-url），返回脱敏的自然人概况及 subject 句柄："
              + "句柄是仅对本机构有效的不透明值（同一机构对同一人始终相同，不同机构的句柄互不相同、无法关联），"
              + "在 GET /api/v1/subjects/{code}、/records 和 /report 中代替身份证号码；每次调用仍须满足自然人查询条件；"
              + "其他机构的句柄返回 404。/ The identity number goes in the body (an identity number in a URL"
              + " answers 400 identity-number-in-url); the answer is the masked profile with the"
              + " subject handle: an opaque value valid for the calling agency only (the same for"
              + " the same person every time, different for every agency, so that agencies cannot"
              + " correlate them), used in place of the number as {code} in GET"
              + " /api/v1/subjects/{code}, /records and /report; the person rules apply to every"
              + " call; another agency's handle answers 404."
              + SubjectResource.PERSON_RULES)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonLookup.class),
              examples = @ExampleObject(name = "lookup", value = QueryExamples.LOOKUP)))
  @APIResponse(
      responseCode = "200",
      description = "脱敏的自然人概况及其句柄。/ The masked profile with its handle.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectProfile.class),
              examples = @ExampleObject(name = "person", value = QueryExamples.PERSON_PROFILE)))
  @APIResponse(responseCode = "400", ref = SubjectResponsesFilter.SUBJECT_REQUEST_INVALID)
  @APIResponse(responseCode = "403", ref = SubjectResponsesFilter.PERSON_QUERY_REFUSED)
  @APIResponse(responseCode = "404", ref = SubjectResponsesFilter.SUBJECT_NOT_FOUND)
  public Uni<SubjectProfile> lookUp(
      PersonLookup lookup,
      @Parameter(description = SubjectResource.PURPOSE, example = "LOAN")
          @HeaderParam(AuditHeaders.QUERY_PURPOSE)
          String purpose,
      @Parameter(description = SubjectResource.CONSENT, example = "AUTH-2026-000123")
          @HeaderParam(AuditHeaders.CONSENT_REFERENCE)
          String consentReference) {
    return agencies
        .of(caller)
        .invoke(agency -> personRules.require(agency, purpose, consentReference))
        .flatMap(
            agency -> {
              SubjectCode person = person(lookup);
              audit.subject(person.key());
              return persons
                  .count(1)
                  .chain(() -> queries.profile(agency, person))
                  .map(found -> found.orElseThrow(QueryProblems::subjectNotFound));
            });
  }

  private SubjectCode person(PersonLookup lookup) {
    String number = lookup == null ? null : lookup.identityNumber();
    if (number == null || number.isBlank()) {
      throw new ProblemException(
          QueryProblems.INVALID_SUBJECT_CODE,
          new Text("problem.invalid-subject-code.detail"),
          List.of(
              new Violation(
                  "/identityNumber", "required", new Text("violation.person-lookup.required"))));
    }
    SubjectCode code;
    try {
      code = parser.parse(number);
    } catch (ProblemException invalid) {
      throw new ProblemException(
          invalid.type(), invalid.detail(), parser.defects(number, "/identityNumber"));
    }
    if (!code.person()) {
      throw new ProblemException(
          QueryProblems.INVALID_SUBJECT_CODE,
          new Text("problem.invalid-subject-code.detail"),
          List.of(
              new Violation(
                  "/identityNumber",
                  "not-an-identity-number",
                  new Text("violation.person-lookup.organisation"))));
    }
    return code;
  }
}
