package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.access.token.DocumentSignatures;
import cn.gov.zhangye.credit.access.token.TokenSettings;
import cn.gov.zhangye.credit.access.token.WellKnownResource;
import cn.gov.zhangye.credit.platform.Sha256;
import cn.gov.zhangye.credit.platform.crypto.SignedDocument;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.query.Agency;
import cn.gov.zhangye.credit.query.QueryProblems;
import cn.gov.zhangye.credit.query.SubjectCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues credit reports: reads what the agency may see, numbers, signs and keeps the report, and
 * renders it as PDF when asked.
 */
@ApplicationScoped
class ReportIssuer {

  /** The {@code typ} of a report's JWS, so that no other JWS of the gateway passes for one. */
  static final String JWS_TYPE = "credit-report+jws";

  private final ReportContents contents;
  private final ReportNumbers numbers;
  private final DocumentSignatures signatures;
  private final ReportStore store;
  private final ReportPdf pdf;
  private final RenderPermits renders;
  private final ReportConfig config;
  private final TokenSettings gateway;
  private final ObjectMapper json;
  private final Clock clock;

  ReportIssuer(
      ReportContents contents,
      ReportNumbers numbers,
      DocumentSignatures signatures,
      ReportStore store,
      ReportPdf pdf,
      RenderPermits renders,
      ReportConfig config,
      TokenSettings gateway,
      ObjectMapper json,
      Clock clock) {
    this.contents = contents;
    this.numbers = numbers;
    this.signatures = signatures;
    this.store = store;
    this.pdf = pdf;
    this.renders = renders;
    this.config = config;
    this.gateway = gateway;
    this.json = json;
    this.clock = clock;
  }

  /**
   * A new report on {@code subject} for {@code agency}; as PDF too when {@code asPdf}.
   *
   * @param basis the stated purpose and consent; null for an organisation
   * @throws ProblemException 404 for an unknown subject
   */
  Uni<IssuedReport> issue(
      Agency agency, SubjectCode subject, CreditReport.QueryBasis basis, boolean asPdf) {
    return contents
        .read(subject, agency)
        .map(found -> found.orElseThrow(QueryProblems::subjectNotFound))
        .map(read -> sign(agency, basis, read))
        .flatMap(signed -> asPdf ? rendered(signed) : Uni.createFrom().item(signed))
        .call(issued -> store.save(issued.stored()));
  }

  private IssuedReport sign(
      Agency agency, CreditReport.QueryBasis basis, ReportContents.Contents read) {
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String number = numbers.next(issuedAt);
    CreditReport content =
        new CreditReport(
            number,
            issuedAt,
            issuedAt.plus(config.validity()),
            new CreditReport.ReportAgency(agency.clientId(), agency.displayName()),
            read.asOfPosition(),
            basis,
            read.subject(),
            read.records(),
            read.recordCount(),
            read.records().size() < read.recordCount(),
            new CreditReport.ReportLinks(
                gateway.url(ReportVerificationResource.path(number)),
                gateway.url(WellKnownResource.JWKS_PATH)),
            null);
    SignedDocument signature = signatures.sign(JWS_TYPE, json.valueToTree(content));
    byte[] hash = Sha256.of(signature.payload());
    CreditReport report =
        content.signed(
            new ReportSignature(
                signature.algorithm(), signature.keyId(), Sha256.hex(hash), signature.jws()));
    return new IssuedReport(
        report,
        null,
        new StoredReport(
            number,
            agency.clientId(),
            read.subjectKey(),
            read.asOfPosition(),
            issuedAt,
            report.expiresAt(),
            hash,
            signature.keyId(),
            null));
  }

  /** Rendering takes CPU time: off the event loop, and only so many at once. */
  private Uni<IssuedReport> rendered(IssuedReport signed) {
    return Uni.createFrom()
        .item(() -> renders.render(() -> signed.withPdf(pdf.render(signed.report()))))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /** A report as issued: the JSON document, the PDF when asked for, and what is kept of it. */
  record IssuedReport(CreditReport report, byte[] pdf, StoredReport stored) {

    IssuedReport withPdf(byte[] document) {
      StoredReport kept = stored;
      return new IssuedReport(
          report,
          document,
          new StoredReport(
              kept.number(),
              kept.clientId(),
              kept.subjectKey(),
              kept.asOfPosition(),
              kept.issuedAt(),
              kept.expiresAt(),
              kept.contentHash(),
              kept.keyId(),
              Sha256.of(document)));
    }
  }
}
