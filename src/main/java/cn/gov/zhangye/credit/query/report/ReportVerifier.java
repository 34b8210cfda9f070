package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.access.token.DocumentSignatures;
import cn.gov.zhangye.credit.platform.Sha256;
import cn.gov.zhangye.credit.platform.crypto.CanonicalJson;
import cn.gov.zhangye.credit.platform.crypto.VerifiedDocument;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the holder of a report whether it is what the gateway issued: by its number alone, by the
 * hash of its content, by its JWS, by the whole JSON report, or by the PDF as delivered. A
 * signature that none of the gateway's keys made is refused (422); content that differs from what
 * was issued is {@code ALTERED}; a report past its validity is {@code EXPIRED}.
 */
@ApplicationScoped
class ReportVerifier {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private final ReportStore store;
  private final DocumentSignatures signatures;
  private final ObjectMapper json;
  private final Clock clock;

  ReportVerifier(ReportStore store, DocumentSignatures signatures, ObjectMapper json, Clock clock) {
    this.store = store;
    this.signatures = signatures;
    this.json = json;
    this.clock = clock;
  }

  Uni<ReportVerification> number(String number) {
    return issued(number).map(report -> verdict(report, ReportVerification.Checked.NUMBER, true));
  }

  Uni<ReportVerification> hash(String number, String hash) {
    String hex = hash.strip().toLowerCase(Locale.ROOT);
    if (!HASH.matcher(hex).matches()) {
      throw malformed("hash", "pattern", "violation.report-hash");
    }
    byte[] presented = HexFormat.of().parseHex(hex);
    return issued(number)
        .map(
            report ->
                verdict(
                    report,
                    ReportVerification.Checked.HASH,
                    MessageDigest.isEqual(presented, report.contentHash())));
  }

  Uni<ReportVerification> jws(String number, String jws) {
    return issued(number)
        .map(
            report ->
                verdict(
                    report,
                    ReportVerification.Checked.SIGNATURE,
                    MessageDigest.isEqual(
                        Sha256.of(verifiedPayload(jws.strip())), report.contentHash())));
  }

  /** The report as delivered in JSON, its {@code signature} member included or not. */
  Uni<ReportVerification> report(String number, byte[] body) {
    ObjectNode document = object(body);
    JsonNode signature = document.remove("signature");
    String canonical = CanonicalJson.of(document);
    return issued(number)
        .map(
            report ->
                verdict(
                    report,
                    ReportVerification.Checked.REPORT,
                    signedAsShown(signature, canonical)
                        && MessageDigest.isEqual(Sha256.of(canonical), report.contentHash())));
  }

  /**
   * Whether the report's own signature, when it carries one, signs exactly the content shown beside
   * it; a signature none of the gateway's keys made is refused.
   */
  private boolean signedAsShown(JsonNode signature, String canonical) {
    if (signature == null || !signature.path("jws").isTextual()) {
      return true;
    }
    return verifiedPayload(signature.path("jws").textValue()).equals(canonical);
  }

  /** The PDF byte for byte as the gateway delivered it. */
  Uni<ReportVerification> pdf(String number, byte[] body) {
    byte[] presented = Sha256.of(body);
    return issued(number)
        .map(
            report ->
                verdict(
                    report,
                    ReportVerification.Checked.PDF,
                    report.documentHash() != null
                        && MessageDigest.isEqual(presented, report.documentHash())));
  }

  private Uni<StoredReport> issued(String number) {
    if (!ReportNumbers.wellFormed(number)) {
      return Uni.createFrom().failure(unknown());
    }
    return store.find(number).map(found -> found.orElseThrow(ReportVerifier::unknown));
  }

  private ReportVerification verdict(
      StoredReport report, ReportVerification.Checked checked, boolean asIssued) {
    ReportVerification.Status status;
    if (!asIssued) {
      status = ReportVerification.Status.ALTERED;
    } else if (report.expiredAt(clock.instant())) {
      status = ReportVerification.Status.EXPIRED;
    } else {
      status = ReportVerification.Status.VALID;
    }
    return new ReportVerification(
        report.number(),
        status,
        checked,
        report.issuedAt(),
        report.expiresAt(),
        report.asOfPosition(),
        Sha256.hex(report.contentHash()),
        report.keyId());
  }

  private String verifiedPayload(String jws) {
    return signatures
        .verify(ReportIssuer.JWS_TYPE, jws)
        .map(VerifiedDocument::payload)
        .orElseThrow(
            () ->
                new ProblemException(
                    ReportProblems.SIGNATURE_INVALID,
                    new Text("problem.report-signature-invalid.detail")));
  }

  private ObjectNode object(byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException notJson) {
      throw malformed("", "type", "violation.report-body");
    }
    if (tree instanceof ObjectNode object) {
      return object;
    }
    throw malformed("", "type", "violation.report-body");
  }

  private static ProblemException malformed(String pointer, String code, String key) {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.report-verification.detail"),
        List.of(new Violation(pointer, code, new Text(key))));
  }

  private static ProblemException unknown() {
    return new ProblemException(ProblemType.NOT_FOUND, new Text("problem.report-not-found.detail"));
  }
}
