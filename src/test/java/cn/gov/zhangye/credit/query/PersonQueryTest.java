package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static cn.gov.zhangye.credit.testing.TestCodes.masked;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.PersonLookups;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Person queries: looked up by identity number in a body, then named by the agency's handle; scope,
 * licence, purpose and consent on every call; masked and audited; never a number in a URL.
 */
@QuarkusTest
class PersonQueryTest {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
  private static final Pattern IDENTITY_NUMBER =
      Pattern.compile("[1-8][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])[0-3][0-9]{4}[0-9Xx]");

  @Test
  void aLicensedAgencyLooksAPersonUpAndReadsItByItsHandleMasked() {
    String identity = newPerson("欧阳明远");
    String body =
        PersonLookups.lookUp(withConsent(as(AGENCY), "LOAN", "AUTH-2026-000123"), identity)
            .then()
            .statusCode(200)
            .body("kind", equalTo("PERSON"))
            .body("code", equalTo(masked(identity)))
            .body("name", equalTo("欧阳**"))
            .body("recordCounts.ADMIN_PENALTY", equalTo(1))
            .body("subject", startsWith("person_"))
            .extract()
            .body()
            .asString();
    assertUnmasked(body, identity);
    String handle = PersonLookups.handle(AGENCY, identity);

    withConsent(as(AGENCY), "LOAN", "AUTH-2026-000123")
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(200)
        .body("code", equalTo(masked(identity)))
        .body("subject", equalTo(handle));
    String records =
        withConsent(as(AGENCY), "EMPLOYMENT", "AUTH-2026-000124")
            .get("/api/v1/subjects/" + handle + "/records")
            .then()
            .statusCode(200)
            .body("code", equalTo(masked(identity)))
            .body("items", hasSize(1))
            .body("items[0].fields.CF_XDR_ZJHM", equalTo(masked(identity)))
            .body("items[0].fields.CF_XDR_MC", equalTo("欧阳**"))
            .extract()
            .body()
            .asString();
    assertUnmasked(records, identity);
  }

  @Test
  void anIdentityNumberInAUrlIsRefusedNamingTheLookupWithoutEchoingIt() {
    String identity = newPerson("孙九");
    for (String url :
        new String[] {
          "/api/v1/subjects/" + identity,
          "/api/v1/subjects/" + identity + "/records",
          "/api/v1/subjects/" + identity + "/report",
          "/api/v1/subjects?q=" + identity
        }) {
      withConsent(as(AGENCY), "LOAN", "AUTH-1")
          .header("Accept-Language", "en")
          .get(url)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo(PROBLEMS + "identity-number-in-url"))
          .body("detail", containsString("POST /api/v1/persons/lookup"))
          .body("detail", not(containsString(identity.substring(6, 14))));
    }
  }

  @Test
  void aHandleServesOnlyItsAgencyAndAgenciesCannotCorrelateTheirHandles() {
    String identity = newPerson("周十");
    String handle = PersonLookups.handle(AGENCY, identity);
    assertEquals(handle, PersonLookups.handle(AGENCY, identity));
    String otherAgency = agencyToken(true);
    String otherHandle = PersonLookups.handle(given().auth().oauth2(otherAgency), identity);

    assertNotEquals(handle, otherHandle);
    withConsent(given().auth().oauth2(otherAgency), "LOAN", "AUTH-1")
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(404);
    withConsent(given().auth().oauth2(otherAgency), "LOAN", "AUTH-1")
        .get("/api/v1/subjects/" + otherHandle + "/records")
        .then()
        .statusCode(200);
    withConsent(as(AGENCY), "LOAN", "AUTH-1")
        .get("/api/v1/subjects/" + handle.substring(0, handle.length() - 2) + "AA")
        .then()
        .statusCode(404);
  }

  @Test
  void everyPersonQueryIsAuditedWithPurposeConsentAndTheKeyedSubject() {
    String identity = newPerson("张三丰");
    String handle = PersonLookups.handle(AGENCY, identity);
    String requestId = "person-audit-" + System.nanoTime();
    withConsent(as(AGENCY), "TENDER", "AUTH-AUDIT-1")
        .header("X-Request-Id", requestId)
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(200);

    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE request_id = ? AND client_id = ? AND kind = 'READ'"
                + " AND purpose = 'TENDER' AND consent_reference = 'AUTH-AUDIT-1'"
                + " AND target_subject LIKE 'P:%' AND status = 200",
            requestId, AGENCY));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE target_subject LIKE ?", "%" + identity + "%"));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT count(*) FROM audit_entry WHERE target_subject LIKE ?", "%" + handle + "%"));
  }

  @Test
  void aPersonLookupWithoutTheScopeIsForbidden() {
    String identity = newPerson("李四");
    PersonLookups.lookUp(withConsent(as(BASIC_AGENCY), "LOAN", "AUTH-1"), identity)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEMS + "insufficient-scope"));
  }

  @Test
  void aPersonLookupOfAnAgencyThatIsNotLicensedIsForbidden() {
    String identity = newPerson("王五");
    PersonLookups.lookUp(
            withConsent(given().auth().oauth2(agencyToken(false)), "LOAN", "AUTH-1"), identity)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "person-query-not-licensed"));
  }

  @Test
  void aPersonQueryWithoutAKnownPurposeOrAConsentIsRefusedNamingTheHeadersOnEveryCall() {
    String identity = newPerson("赵六");
    String handle = PersonLookups.handle(AGENCY, identity);
    as(AGENCY)
        .header("Consent-Reference", "AUTH-1")
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "person-query-incomplete"))
        .body("errors[0].pointer", equalTo("Query-Purpose"))
        .body("errors[0].code", equalTo("required"));
    withConsent(as(AGENCY), "GAMBLING", "AUTH-1")
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("unknown-purpose"));
    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .header("Consent-Reference", " ")
        .get("/api/v1/subjects/" + handle + "/records")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("Consent-Reference"));
    withConsent(as(AGENCY), "LOAN", "A".repeat(65))
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("too-long"));
    PersonLookups.lookUp(as(AGENCY), identity)
        .then()
        .statusCode(400)
        .body("errors.pointer", containsInAnyOrder("Query-Purpose", "Consent-Reference"));
  }

  @Test
  void aLookupOfAnUnknownPersonOrOfNoIdentityNumberFails() {
    String stranger = TestCodes.identityNumber("620702", "19700101", SEQUENCE.incrementAndGet());
    PersonLookups.lookUp(withConsent(as(AGENCY), "LOAN", "AUTH-1"), stranger)
        .then()
        .statusCode(404);
    String company = TestRecords.newEnterprise("620702");
    PersonLookups.lookUp(withConsent(as(AGENCY), "LOAN", "AUTH-1"), company)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/identityNumber"))
        .body("errors[0].code", equalTo("not-an-identity-number"));
    PersonLookups.lookUp(withConsent(as(AGENCY), "LOAN", "AUTH-1"), stranger.substring(0, 17) + "0")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "invalid-subject-code"));
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("p-org"), company, "甘州公司"));
    as(BASIC_AGENCY).get("/api/v1/subjects/" + company).then().statusCode(200);
  }

  @Test
  void searchNeverFindsPersons() {
    newPerson("钱七八");
    assertEquals(
        0,
        withConsent(as(AGENCY), "LOAN", "AUTH-1")
            .queryParam("q", "钱七八")
            .get("/api/v1/subjects")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items")
            .size());
  }

  /** A person with a penalty, submitted by the department; answers the identity number. */
  private static String newPerson(String name) {
    String identity = TestCodes.identityNumber("620702", "19790315", SEQUENCE.incrementAndGet());
    submit(DEPARTMENT, TestRecords.personPenalty(TestRecords.sourceRef("person"), identity, name));
    return identity;
  }

  private static RequestSpecification withConsent(
      RequestSpecification request, String purpose, String consent) {
    return request.header("Query-Purpose", purpose).header("Consent-Reference", consent);
  }

  private static void assertUnmasked(String body, String identity) {
    assertFalse(body.contains(identity), "the identity number leaked: " + body);
    assertFalse(
        IDENTITY_NUMBER.matcher(body).find(), "an unmasked identity number appears: " + body);
  }

  /** A new agency with the person scope, licensed for person queries or not, and its token. */
  private static String agencyToken(boolean licensed) {
    String id = (licensed ? "licensed-" : "unlicensed-") + System.nanoTime();
    ExtractableResponse<Response> created =
        as(Callers.OPERATOR)
            .contentType(ContentType.JSON)
            .body(
                """
                {"id": "%s", "displayName": "征信机构 %s", "kind": "AGENCY",
                 "plan": "agency-plus", "scopes": ["credit:query", "credit:query:person"],
                 "conditionalRecordTypes": [], "personQueryLicensed": %s}"""
                    .formatted(id, id, licensed))
            .post("/api/v1/admin/clients")
            .then()
            .statusCode(201)
            .extract();
    return given()
        .auth()
        .preemptive()
        .basic(id, created.path("clientSecret").toString())
        .formParam("grant_type", "client_credentials")
        .post("/oauth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
