package cn.gov.zhangye.credit.query.report;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.NewClients;
import cn.gov.zhangye.credit.testing.PersonLookups;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A person's report through real HTTP: only with the person scope, a licensed agency, a purpose and
 * a consent reference; the identity number and name masked everywhere, the conditions kept in the
 * audit log.
 */
@QuarkusTest
class PersonReportHttpTest {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";
  private static final String NAME = "欧阳明远";

  @Test
  void aPersonsReportIsMaskedAndItsConditionsAudited() throws Exception {
    String identity = submittedPerson();
    String masked = TestCodes.masked(identity);
    String body =
        withConditions(as(ReportHttpTest.AGENCY))
            .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
            .then()
            .statusCode(200)
            .body("subject.kind", equalTo("PERSON"))
            .body("subject.code", equalTo(masked))
            .body("subject.name", equalTo("欧阳**"))
            .body("basis.purpose", equalTo("LOAN"))
            .body("basis.consentReference", equalTo("SQ-2026-000123"))
            .body("records[0].fields.CF_XDR_ZJHM", equalTo(masked))
            .body("records[0].fields.CF_XDR_MC", equalTo("欧阳**"))
            .extract()
            .asString();
    assertFalse(body.contains(identity), "the identity number appears unmasked");
    assertFalse(body.contains(NAME), "the name appears unmasked");
    String number = TestRecords.JSON.readTree(body).get("number").asText();
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM credit_report WHERE number = ? AND subject_key LIKE 'P:%'"
                + " AND subject_key NOT LIKE ?",
            number, "%" + identity + "%"));
    assertTrue(
        TestDatabase.count(
                "SELECT count(*) FROM audit_entry WHERE client_id = ? AND kind = 'READ'"
                    + " AND purpose = 'LOAN' AND consent_reference = 'SQ-2026-000123'"
                    + " AND operation LIKE '%report%'",
                ReportHttpTest.AGENCY)
            > 0,
        "the report is audited with its purpose and consent");

    byte[] pdf =
        withConditions(as(ReportHttpTest.AGENCY))
            .accept("application/pdf")
            .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains(masked), "the masked number is printed");
      assertFalse(text.contains(identity), "the identity number is printed unmasked");
      assertFalse(text.contains(NAME), "the name is printed unmasked");
    }
  }

  @Test
  void aPersonsReportNeedsThePersonScope() {
    String identity = submittedPerson();
    withConditions(as("demo-agency-basic"))
        .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "insufficient-scope"));
  }

  @Test
  void aPersonsReportNeedsAPurposeFromTheListAndAConsentReference() {
    String identity = submittedPerson();
    as(ReportHttpTest.AGENCY)
        .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "person-query-incomplete"))
        .body("errors.pointer", containsInAnyOrder("Query-Purpose", "Consent-Reference"));
    as(ReportHttpTest.AGENCY)
        .header("Query-Purpose", "CURIOSITY")
        .header("Consent-Reference", "SQ-2026-000123")
        .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("Query-Purpose"))
        .body("errors[0].code", equalTo("unknown-purpose"));
  }

  @Test
  void aPersonsReportNeedsALicensedAgency() {
    String identity = submittedPerson();
    String id = "report-unlicensed-" + ThreadLocalRandom.current().nextInt(1_000_000);
    Supplier<RequestSpecification> unlicensed =
        NewClients.register(
            id,
            """
            {"id": "%s", "displayName": "未获许可的测试机构", "kind": "AGENCY",
             "plan": "agency-basic", "scopes": ["credit:query", "credit:query:person"]}"""
                .formatted(id));
    withConditions(unlicensed.get())
        .get(path(PersonLookups.handle(ReportHttpTest.AGENCY, identity)))
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "person-query-not-licensed"));
  }

  private static String submittedPerson() {
    String identity =
        TestCodes.identityNumber("620702", "19850612", ThreadLocalRandom.current().nextInt(1000));
    ReportHttpTest.submit(
        TestRecords.personPenalty(TestRecords.sourceRef("person-report"), identity, NAME));
    return identity;
  }

  private static RequestSpecification withConditions(RequestSpecification request) {
    return request.header("Query-Purpose", "LOAN").header("Consent-Reference", "SQ-2026-000123");
  }

  private static String path(String handle) {
    return "/api/v1/subjects/" + handle + "/report";
  }
}
