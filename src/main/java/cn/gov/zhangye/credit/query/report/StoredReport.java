package cn.gov.zhangye.credit.query.report;

import java.time.Instant;

/**
 * What the gateway keeps of an issued report to verify it later: no content, no personal data.
 *
 * @param subjectKey the subject's key ({@code O:<code>} or {@code P:<keyed hash>})
 * @param contentHash SHA-256 of the report's canonical JSON
 * @param documentHash SHA-256 of the PDF as delivered; null for a JSON report
 */
record StoredReport(
    String number,
    String clientId,
    String subjectKey,
    long asOfPosition,
    Instant issuedAt,
    Instant expiresAt,
    byte[] contentHash,
    String keyId,
    byte[] documentHash) {

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
