package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.http.RequestIds;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Identity numbers typed into the audited headers are kept masked in the audit log and shown masked
 * in the query history; an X-Request-Id holding one is replaced.
 */
@QuarkusTest
class IdentityNumbersInHeadersTest {

  private static final String NUMBER = TestCodes.identityNumber("620702", "19790505", 31);
  private static final String MASKED = NUMBER.substring(0, 6) + "********" + NUMBER.substring(14);

  @Test
  void auditedHeadersAreStoredAndShownMasked() throws Exception {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("hdr"), company, "请求头公司"));
    String requestId = "req-" + NUMBER;

    String answered =
        as(AGENCY)
            .header("Query-Purpose", "LOAN " + NUMBER)
            .header("Consent-Reference", "AUTH-" + NUMBER)
            .header(RequestIds.HEADER, requestId)
            .get("/api/v1/subjects/" + company)
            .then()
            .statusCode(200)
            .header(RequestIds.HEADER, not(equalTo(requestId)))
            .extract()
            .header(RequestIds.HEADER);

    as(AGENCY)
        .get("/api/v1/queries?subject=" + company)
        .then()
        .statusCode(200)
        .body("items[0].purpose", equalTo("LOAN " + MASKED))
        .body("items[0].consentReference", equalTo("AUTH-" + MASKED))
        .body("items[0].requestId", equalTo(answered));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE purpose = ? AND consent_reference = ?",
            "LOAN " + MASKED,
            "AUTH-" + MASKED));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE concat(purpose, consent_reference, request_id)"
                + " LIKE ?",
            "%" + NUMBER + "%"));
  }
}
