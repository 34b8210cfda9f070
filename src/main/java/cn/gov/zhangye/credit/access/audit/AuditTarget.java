package cn.gov.zhangye.credit.access.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The subject the current call concerns, as the operation tells it, for the call's audit entry.
 * Operations name it by a key free of personal data (the code of an organisation, the keyed hash of
 * a person's identity number), never by an identity number.
 */
@RequestScoped
public class AuditTarget {

  private String subject;
  private String consentReferences;

  /** Sets the subject of this call; several subjects are given separated by spaces. */
  public void subject(String subject) {
    this.subject = subject;
  }

  /** The subject of this call, or null when the operation named none. */
  public String subject() {
    return subject;
  }

  /**
   * Sets the consent references of this call where they came in its body rather than the {@code
   * Consent-Reference} header (a batch: one per person), separated by spaces.
   */
  public void consentReferences(String consentReferences) {
    this.consentReferences = consentReferences;
  }

  /** The consent references the operation named, or null to keep the header's. */
  public String consentReferences() {
    return consentReferences;
  }
}
