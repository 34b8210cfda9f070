package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.AccessProblems;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditHeaders;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of a person query (个人信用信息查询): the scope {@code credit:query:person}, an agency
 * licensed for person queries, a purpose from the configured list in {@code Query-Purpose} and the
 * reference of the person's signed authorisation in {@code Consent-Reference}, on every call.
 */
@ApplicationScoped
public class PersonQueryRules {

  private final List<String> purposes;
  private final int consentMaxLength;
  private final SubjectCodeParser parser;

  @Inject
  PersonQueryRules(QueryConfig config, SubjectCodeParser parser) {
    this.purposes = List.copyOf(config.purposes());
    this.consentMaxLength = config.consentReferenceMaxLength();
    this.parser = parser;
  }

  /**
   * The subject {@code code} (a credit code or a person handle) names for {@code agency}, a person
   * only under these rules. For a handle the rules come before it is resolved, so that a refusal
   * never tells whose handle it is.
   *
   * @throws ProblemException as {@link #require} and {@link SubjectCodeParser#parse(String,
   *     Agency)}
   */
  public SubjectCode subject(String code, Agency agency, String purpose, String consentReference) {
    boolean handle = PersonHandles.isHandle(code);
    if (handle) {
      require(agency, purpose, consentReference);
    }
    SubjectCode subject = parser.parse(code, agency);
    if (subject.person() && !handle) {
      require(agency, purpose, consentReference);
    }
    return subject;
  }

  /**
   * @throws ProblemException 403 without the scope or the licence, 400 without a known purpose or a
   *     consent reference (naming each missing header)
   */
  public void require(Agency agency, String purpose, String consentReference) {
    if (!agency.personScope()) {
      throw AccessProblems.insufficientScope(List.of(Scopes.CREDIT_QUERY_PERSON));
    }
    if (!agency.personQueryLicensed()) {
      throw new ProblemException(
          QueryProblems.PERSON_QUERY_NOT_LICENSED,
          new Text("problem.person-query-not-licensed.detail"));
    }
    List<Violation> violations = new ArrayList<>();
    if (purpose == null || purpose.isBlank()) {
      violations.add(
          new Violation(
              AuditHeaders.QUERY_PURPOSE,
              "required",
              new Text("violation.query-purpose.required", String.join(", ", purposes))));
    } else if (!purposes.contains(purpose.strip())) {
      violations.add(
          new Violation(
              AuditHeaders.QUERY_PURPOSE,
              "unknown-purpose",
              new Text("violation.query-purpose.unknown", String.join(", ", purposes))));
    }
    if (consentReference == null || consentReference.isBlank()) {
      violations.add(
          new Violation(
              AuditHeaders.CONSENT_REFERENCE,
              "required",
              new Text("violation.consent-reference.required")));
    } else if (consentReference.strip().length() > consentMaxLength) {
      violations.add(
          new Violation(
              AuditHeaders.CONSENT_REFERENCE,
              "too-long",
              new Text("violation.consent-reference.too-long", consentMaxLength)));
    }
    if (!violations.isEmpty()) {
      throw new ProblemException(
          QueryProblems.PERSON_QUERY_INCOMPLETE,
          new Text("problem.person-query-incomplete.detail"),
          violations);
    }
  }
}
