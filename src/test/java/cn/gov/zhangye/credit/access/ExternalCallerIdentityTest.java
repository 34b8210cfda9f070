package cn.gov.zhangye.credit.access;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.zhangye.credit.access.token.ExternalIssuerProfile;
import cn.gov.zhangye.credit.access.token.ExternalTokens;
import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An external token acts as the client it is mapped onto ({@code azp}), with that client's grants,
 * whatever its {@code upn} or {@code preferred_username} say: through submission, the revocation of
 * records and the audit log, over real HTTP.
 */
@QuarkusTest
@TestProfile(ExternalIssuerProfile.class)
class ExternalCallerIdentityTest {

  private static final String DEPARTMENT = "demo-department";
  private static final String COUNTY = "demo-county-linze";
  private static final RestAssuredConfig AS_SENT =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  @Test
  void aSubmissionIsTheMappedClientsWhateverNameTheTokenGivesItself() {
    String ref = TestRecords.sourceRef("ext-submit");
    given()
        .config(AS_SENT)
        .auth()
        .oauth2(ExternalTokens.naming(DEPARTMENT, COUNTY, Scopes.RECORDS_SUBMIT))
        .contentType("application/x-ndjson")
        .body(penalty(ref))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.accepted", equalTo(1));

    as(DEPARTMENT).get(record(ref)).then().statusCode(200);
    as(COUNTY).get(record(ref)).then().statusCode(404);
  }

  @Test
  void aTokenNamedAfterAnotherClientCannotRevokeThatClientsRecord() {
    String ref = TestRecords.sourceRef("ext-revoke");
    as(DEPARTMENT)
        .contentType("application/x-ndjson")
        .body(penalty(ref))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.accepted", equalTo(1));

    revoke(ExternalTokens.naming(COUNTY, DEPARTMENT, Scopes.RECORDS_SUBMIT), ref).statusCode(404);
    revoke(ExternalTokens.naming(DEPARTMENT, COUNTY, Scopes.RECORDS_SUBMIT), ref).statusCode(200);
  }

  @Test
  void theAuditLogNamesTheMappedClient() {
    String agency = "demo-agency-basic";
    String token = ExternalTokens.naming(agency, Callers.OPERATOR, Scopes.CREDIT_QUERY);
    String requestId = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(token)
        .header("X-Request-Id", requestId)
        .get("/api/v1/subjects/91620702MA71XY2KX8")
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(404)));

    as(Callers.OPERATOR)
        .get("/api/v1/admin/audit?kind=READ&size=1000&clientId=" + agency)
        .then()
        .statusCode(200)
        .body("items.requestId", hasItem(requestId));
    as(Callers.OPERATOR)
        .get("/api/v1/admin/audit?size=1000&clientId=" + Callers.OPERATOR)
        .then()
        .statusCode(200)
        .body("items.requestId", not(hasItem(requestId)));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/audit/mine?size=1000")
        .then()
        .statusCode(200)
        .body("items.requestId", hasItem(requestId))
        .body("items.clientId", everyItem(equalTo(agency)));
  }

  private static byte[] penalty(String ref) {
    return TestRecords.ndjson(
            List.of(TestRecords.penalty(ref, TestRecords.newEnterprise("620702"), "外部令牌公司")))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String record(String ref) {
    return "/api/v1/records/ADMIN_PENALTY/" + ref;
  }

  private static io.restassured.response.ValidatableResponse revoke(String token, String ref) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"决定已撤销\"}")
        .post(record(ref) + "/revocation")
        .then();
  }
}
