package cn.gov.zhangye.credit.access.audit;

/** Request headers whose values an audit entry keeps. */
public final class AuditHeaders {

  /** Why an agency queries (a value of the configured purpose list). */
  public static final String QUERY_PURPOSE = "Query-Purpose";

  /** The reference of the subject's signed authorisation. */
  public static final String CONSENT_REFERENCE = "Consent-Reference";

  private AuditHeaders() {}
}
