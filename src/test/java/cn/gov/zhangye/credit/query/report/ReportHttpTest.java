package cn.gov.zhangye.credit.query.report;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.Sha256;
import cn.gov.zhangye.credit.platform.crypto.CanonicalJson;
import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * Credit reports on an organisation through real HTTP: records submitted by a department, a report
 * issued to an agency, its signature checked against the published keys, and the verification of
 * the report as issued, altered, forged, unknown and expired.
 */
@QuarkusTest
class ReportHttpTest {

  static final String DEPARTMENT = "demo-department";
  static final String AGENCY = "demo-agency";
  private static final String NAME = "张掖市甘州区报告示例商贸有限公司";

  @Test
  void anOrganisationsReportHoldsItsVisibleRecordsAndItsSignatureVerifiesWithThePublishedKeys()
      throws Exception {
    String company = TestRecords.newEnterprise("620702");
    submit(
        TestRecords.penalty(TestRecords.sourceRef("report"), company, NAME),
        TestRecords.licence(TestRecords.sourceRef("report"), company, NAME));
    long journalHead = TestDatabase.count("SELECT max(position) FROM record_change");

    String body =
        report(company)
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body("number", matchesPattern("ZYXY-\\d{8}-[0-9A-HJKMNP-TV-Z]{8}"))
            .body("agency.id", equalTo(AGENCY))
            .body("agency.name", equalTo("演示信用服务机构（高级）"))
            .body("asOfPosition", greaterThan((int) journalHead - 1))
            .body("subject.kind", equalTo("ORGANISATION"))
            .body("subject.code", equalTo(company))
            .body("subject.name", equalTo(NAME))
            .body("records.recordType", contains("ADMIN_LICENCE", "ADMIN_PENALTY"))
            .body("records[1].fields.CF_XDR_SHXYM", equalTo(company))
            .body("verification.jwks", matchesPattern("http.*/.well-known/jwks.json"))
            .extract()
            .asString();
    ObjectNode report = (ObjectNode) TestRecords.JSON.readTree(body);
    String number = report.get("number").asText();
    String jws = report.path("signature").path("jws").asText();

    JsonWebSignature signature = verifiedWithPublishedKeys(jws);
    assertEquals(report.path("signature").path("keyId").asText(), signature.getKeyIdHeaderValue());
    ObjectNode content = report.deepCopy();
    content.remove("signature");
    assertEquals(CanonicalJson.of(content), signature.getPayload());
    String hash = Sha256.hex(Sha256.of(signature.getPayload()));
    assertEquals(hash, report.path("signature").path("contentHash").asText());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM credit_report WHERE number = ? AND client_id = ?"
                + " AND subject_key = ? AND encode(content_hash, 'hex') = ?"
                + " AND expires_at = issued_at + interval '90 days'",
            number,
            AGENCY,
            "O:" + company,
            hash));

    verification(number)
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body("checked", equalTo("NUMBER"));
    given()
        .queryParam("hash", hash)
        .get(ReportVerificationResource.path(number))
        .then()
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body("checked", equalTo("HASH"))
        .body("contentHash", equalTo(hash));
    present(number, ReportVerificationResource.JOSE, jws)
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body("checked", equalTo("SIGNATURE"));
    present(number, "application/json", body)
        .statusCode(200)
        .body("status", equalTo("VALID"))
        .body("checked", equalTo("REPORT"));
  }

  @Test
  void alteredContentVerifiesAsAltered() throws Exception {
    ObjectNode report = issuedReport();
    String number = report.get("number").asText();
    ObjectNode altered = report.deepCopy();
    ((ObjectNode) altered.get("subject")).put("name", "另一家公司");
    present(number, "application/json", altered.toString())
        .statusCode(200)
        .body("status", equalTo("ALTERED"));

    ObjectNode withoutRecords = report.deepCopy();
    withoutRecords.remove("signature");
    withoutRecords.set("records", TestRecords.JSON.createArrayNode());
    present(number, "application/json", withoutRecords.toString())
        .statusCode(200)
        .body("status", equalTo("ALTERED"));
    given()
        .queryParam("hash", "0".repeat(64))
        .get(ReportVerificationResource.path(number))
        .then()
        .statusCode(200)
        .body("status", equalTo("ALTERED"));

    String otherReportsJws = issuedReport().path("signature").path("jws").asText();
    present(number, ReportVerificationResource.JOSE, otherReportsJws)
        .statusCode(200)
        .body("status", equalTo("ALTERED"));
  }

  @Test
  void aSignatureMadeWithAnotherKeyIsRefused() throws Exception {
    ObjectNode report = issuedReport();
    String number = report.get("number").asText();
    ObjectNode content = report.deepCopy();
    JsonNode signature = content.remove("signature");
    ((ObjectNode) content.get("subject")).put("name", "伪造的公司");
    String forged = forge(CanonicalJson.of(content), signature.get("keyId").asText());

    present(number, ReportVerificationResource.JOSE, forged)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/report-signature-invalid"));
    ((ObjectNode) signature).put("jws", forged);
    content.set("signature", signature);
    present(number, "application/json", content.toString())
        .statusCode(422)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/report-signature-invalid"));
    present(number, ReportVerificationResource.JOSE, "not.a.jws").statusCode(422);
    present(number, ReportVerificationResource.JOSE, Callers.token(AGENCY))
        .statusCode(422)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/report-signature-invalid"));
  }

  @Test
  void anUnknownNumberIsNotFound() {
    verification("ZYXY-20261129-AAAAAAAA")
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/not-found"));
    verification("not-a-report-number").statusCode(404);
    present("ZYXY-20261129-AAAAAAAA", ReportVerificationResource.JOSE, "a.b.c").statusCode(404);
  }

  @Test
  void aReportPastItsValidityVerifiesAsExpired() throws Exception {
    ObjectNode report = issuedReport();
    String number = report.get("number").asText();
    TestDatabase.execute(
        "UPDATE credit_report SET issued_at = now() - interval '91 days',"
            + " expires_at = now() - interval '1 day' WHERE number = ?",
        number);
    given()
        .queryParam("hash", report.path("signature").path("contentHash").asText())
        .get(ReportVerificationResource.path(number))
        .then()
        .statusCode(200)
        .body("status", equalTo("EXPIRED"));
    present(number, "application/json", report.toString())
        .statusCode(200)
        .body("status", equalTo("EXPIRED"));
  }

  @Test
  void revokedRecordsAndRecordsPastTheirPublicationAreLeftOut() throws Exception {
    String company = TestRecords.newEnterprise("620702");
    String revoked = TestRecords.sourceRef("report-revoked");
    String ended = TestRecords.sourceRef("report-ended");
    submit(
        TestRecords.penalty(revoked, company, NAME),
        TestRecords.penalty(ended, company, NAME),
        TestRecords.licence(TestRecords.sourceRef("report-kept"), company, NAME));
    as(DEPARTMENT)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"复议撤销\"}")
        .post("/api/v1/records/ADMIN_PENALTY/" + revoked + "/revocation")
        .then()
        .statusCode(200);
    TestDatabase.execute(
        "UPDATE credit_record SET publication_until = current_date - 1 WHERE source_ref = ?",
        ended);

    report(company).statusCode(200).body("records.recordType", contains("ADMIN_LICENCE"));
  }

  @Test
  void conditionalRecordsOnlyReachAgenciesGrantedTheirType() {
    String company = TestRecords.newEnterprise("620725");
    ObjectNode fields = TestRecords.JSON.createObjectNode();
    fields.put("PJ_ZTMC", "山丹县报告示例农业合作社");
    fields.put("PJ_ZTLB", "法人及非法人组织");
    fields.put("PJ_SHXYM", company);
    fields.put("PJ_DJ", "A");
    fields.put("PJ_ND", String.valueOf(java.time.LocalDate.now().getYear() - 1));
    fields.put("PJ_PDRQ", java.time.LocalDate.now().minusDays(10).toString());
    fields.put("PJ_JG", "山丹县市场监督管理局");
    fields.put("PJ_JGDM", TestCodes.authority("620725", 2001));
    as("demo-county-shandan")
        .contentType("application/json")
        .body(
            TestRecords.jsonArray(
                    List.of(
                        TestRecords.record(
                            "CREDIT_RATING", TestRecords.sourceRef("report-rating"), fields)))
                .getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.created", equalTo(1));

    report(company)
        .statusCode(200)
        .body("records.recordType", contains("CREDIT_RATING"))
        .body("records[0].sharing", equalTo("CONDITIONAL"));
    as("demo-agency-basic")
        .get("/api/v1/subjects/" + company + "/report")
        .then()
        .statusCode(200)
        .body("records", hasSize(0));
  }

  @Test
  void thePdfReportCarriesTheNumberAndChineseTextInAnEmbeddedFontAndVerifies() throws Exception {
    String company = TestRecords.newEnterprise("620702");
    submit(TestRecords.penalty(TestRecords.sourceRef("report-pdf"), company, NAME));
    byte[] pdf =
        as(AGENCY)
            .accept("application/pdf")
            .get("/api/v1/subjects/" + company + "/report")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      String number = document.getDocumentInformation().getTitle().replaceAll(".* ", "");
      assertTrue(number.matches(ReportNumbers.FORMAT.pattern()), number);
      assertTrue(text.contains(number), "the number is printed");
      assertTrue(text.contains(NAME), "the subject's Chinese name is printed");
      assertTrue(text.contains("行政处罚"), "the record type's Chinese name is printed");
      assertTrue(text.contains("第 1 页 / 共 "), "pages are numbered");
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.getName().contains("NotoSansSC"), font.getName());
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      String jws = document.getDocumentInformation().getCustomMetadataValue(ReportPdf.JWS_KEY);
      JsonWebSignature signature = verifiedWithPublishedKeys(jws);
      String hash = Sha256.hex(Sha256.of(signature.getPayload()));
      assertTrue(text.contains(hash.substring(0, 8) + " " + hash.substring(8, 16)), "hash printed");

      present(number, "application/pdf", pdf)
          .statusCode(200)
          .body("status", equalTo("VALID"))
          .body("checked", equalTo("PDF"));
      byte[] changed = pdf.clone();
      changed[changed.length / 2] ^= 1;
      present(number, "application/pdf", changed)
          .statusCode(200)
          .body("status", equalTo("ALTERED"));
    }
  }

  @Test
  void aMalformedCodeIsABadRequestAndAnUnknownSubjectNotFound() {
    String company = TestRecords.newEnterprise("620702");
    report(company.substring(0, 17) + (company.endsWith("1") ? "2" : "1"))
        .statusCode(400)
        .body("errors[0].pointer", equalTo("code"));
    report(company).statusCode(404);
    as(DEPARTMENT).get("/api/v1/subjects/" + company + "/report").then().statusCode(403);
    given().get("/api/v1/subjects/" + company + "/report").then().statusCode(401);
  }

  static ValidatableResponse report(String code) {
    return as(AGENCY).get("/api/v1/subjects/" + code + "/report").then();
  }

  static void submit(ObjectNode... records) {
    as(DEPARTMENT)
        .contentType("application/json")
        .body(TestRecords.jsonArray(List.of(records)).getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.created", equalTo(records.length));
  }

  static JsonWebSignature verifiedWithPublishedKeys(String compact) throws Exception {
    JsonWebKeySet keys = new JsonWebKeySet(given().get("/.well-known/jwks.json").asString());
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(compact);
    assertEquals(ReportIssuer.JWS_TYPE, jws.getHeader("typ"));
    JsonWebKey key = keys.findJsonWebKey(jws.getKeyIdHeaderValue(), null, "sig", null);
    jws.setKey(key.getKey());
    assertTrue(jws.verifySignature(), "the signature verifies with the published key");
    return jws;
  }

  private static ObjectNode issuedReport() throws Exception {
    String company = TestRecords.newEnterprise("620702");
    submit(TestRecords.penalty(TestRecords.sourceRef("report"), company, NAME));
    return (ObjectNode)
        TestRecords.JSON.readTree(report(company).statusCode(200).extract().asString());
  }

  private static ValidatableResponse verification(String number) {
    return given().get(ReportVerificationResource.path(number)).then();
  }

  private static ValidatableResponse present(String number, String type, Object body) {
    byte[] bytes =
        body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
    return given()
        .contentType(type)
        .body(bytes)
        .post(ReportVerificationResource.path(number))
        .then();
  }

  /** A JWS as the gateway makes them, but signed with a key of the forger's own. */
  private static String forge(String payload, String kid) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payload);
    jws.setKeyIdHeaderValue(kid);
    jws.setAlgorithmHeaderValue("RS256");
    jws.setHeader("typ", ReportIssuer.JWS_TYPE);
    jws.setKey(generator.generateKeyPair().getPrivate());
    return jws.getCompactSerialization();
  }
}
