package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.access.AccessProblems;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.audit.AuditHeaders;
import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The conditions of a query about a person (the same as the query feature's): the scope {@code
 * credit:query:person}, an agency licensed for personal credit queries, and on the call a {@code
 * Query-Purpose} from the configured list and the {@code Consent-Reference} of the person's signed
 * authorisation. Both headers go into the audit entry (the audit filter keeps them).
 */
@ApplicationScoped
class PersonQueryConditions {

  static final int MAX_CONSENT_REFERENCE_LENGTH = 100;

  private final ReportConfig config;

  PersonQueryConditions(ReportConfig config) {
    this.config = config;
  }

  /** Checks the token's scope, before anything is read. */
  void requireScope(SecurityIdentity caller) {
    if (!caller.hasRole(Scopes.CREDIT_QUERY_PERSON)) {
      throw AccessProblems.insufficientScope(List.of(Scopes.CREDIT_QUERY_PERSON));
    }
  }

  /**
   * The purpose and consent the agency stated, once the licence and the headers are checked.
   *
   * @throws ProblemException 403 for an unlicensed agency, 400 for a missing or unknown purpose or
   *     a missing consent reference
   */
  CreditReport.QueryBasis require(Client agency, String purpose, String consentReference) {
    if (!agency.personQueryLicensed()) {
      throw new ProblemException(
          ReportProblems.PERSON_QUERY_NOT_LICENSED,
          new Text("problem.person-query-not-licensed.detail", agency.id()));
    }
    String allowed = String.join(", ", new TreeSet<>(config.queryPurposes()));
    List<Violation> violations = new ArrayList<>();
    String statedPurpose = purpose == null ? "" : purpose.strip();
    if (statedPurpose.isEmpty()) {
      violations.add(
          new Violation(
              AuditHeaders.QUERY_PURPOSE,
              "required",
              new Text("violation.query-purpose-required", allowed)));
    } else if (!config.queryPurposes().contains(statedPurpose)) {
      violations.add(
          new Violation(
              AuditHeaders.QUERY_PURPOSE,
              "enum",
              new Text("violation.query-purpose-unknown", allowed)));
    }
    String consent = consentReference == null ? "" : consentReference.strip();
    if (consent.isEmpty() || consent.length() > MAX_CONSENT_REFERENCE_LENGTH) {
      violations.add(
          new Violation(
              AuditHeaders.CONSENT_REFERENCE,
              "required",
              new Text(
                  "violation.consent-reference-required",
                  String.valueOf(MAX_CONSENT_REFERENCE_LENGTH))));
    }
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ReportProblems.PERSON_QUERY_CONDITIONS,
          new Text("problem.person-query-conditions.detail"),
          violations);
    }
    return new CreditReport.QueryBasis(statedPurpose, consent);
  }
}
