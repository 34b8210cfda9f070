package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN_DIVISION;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.token.ExternalIssuerProfile;
import cn.gov.zhangye.credit.access.token.ExternalTokens;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * An agency calling with an external token has its own grants and its own query history: those of
 * the client the token is mapped onto, never those of the client its name claims.
 */
@QuarkusTest
@TestProfile(ExternalIssuerProfile.class)
class ExternalAgencyTest {

  @Test
  void aMappedExternalTokenHasItsClientsGrants() {
    String company = TestRecords.newEnterprise(SHANDAN_DIVISION);
    submit(
        SHANDAN, QueryFixtures.badRecord(TestRecords.sourceRef("ext-grants"), company, "外部授权示例公司"));

    given()
        .auth()
        .oauth2(ExternalTokens.of(AGENCY, Scopes.CREDIT_QUERY))
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200)
        .body("recordCounts.BAD_RECORD", equalTo(1));
    given()
        .auth()
        .oauth2(ExternalTokens.naming(BASIC_AGENCY, AGENCY, Scopes.CREDIT_QUERY))
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(404);
  }

  @Test
  void theQueryHistoryIsTheMappedClientsNotTheNamedOnes() {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("ext-h"), company, "外部历史公司"));
    String basicNamedPlus = ExternalTokens.naming(BASIC_AGENCY, AGENCY, Scopes.CREDIT_QUERY);
    given()
        .auth()
        .oauth2(basicNamedPlus)
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200)
        .body("recordCounts.BAD_RECORD", nullValue());

    given()
        .auth()
        .oauth2(basicNamedPlus)
        .get("/api/v1/queries?subject=" + company)
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    as(BASIC_AGENCY)
        .get("/api/v1/queries?subject=" + company)
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    as(AGENCY).get("/api/v1/queries?subject=" + company).then().body("items", hasSize(0));
  }
}
