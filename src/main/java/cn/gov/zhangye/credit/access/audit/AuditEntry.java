package cn.gov.zhangye.credit.access.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited call, before it is chained.
 *
 * @param clientId the calling client, null when anonymous
 * @param operation the HTTP method and path template, e.g. {@code GET /api/v1/subjects/{code}}
 * @param targetSubject the subject the call concerned, as {@link AuditTarget} names it: an
 *     organisation's code, a person's keyed hash, never an identity number
 * @param purpose the stated query purpose, where given
 * @param consentReference the reference of the subject's authorisation, where given
 * @param status the HTTP status of the answer
 */
public record AuditEntry(
    Instant occurredAt,
    String clientId,
    AuditKind kind,
    String operation,
    String targetSubject,
    String purpose,
    String consentReference,
    int status,
    String requestId) {

  public AuditEntry {
    // PostgreSQL keeps microseconds: hash what is stored.
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }
}
