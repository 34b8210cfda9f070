package cn.gov.zhangye.credit.access.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.zhangye.credit.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The admin API over HTTP, with real tokens from {@code POST /oauth/token}, its changes audited.
 */
@QuarkusTest
class ClientAdminResourceTest {

  private static final String CLIENTS = "/api/v1/admin/clients";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPES = "https://credit.zhangye.gov.cn/problems/";

  @Test
  void withoutATokenEveryOperationIsRefused() {
    given().contentType("application/json").body("{}").post(CLIENTS).then().statusCode(401);
    given().get(CLIENTS).then().statusCode(401);
    given().get(CLIENTS + "/demo-agency").then().statusCode(401);
    given()
        .contentType("application/json")
        .body("{}")
        .patch(CLIENTS + "/demo-agency")
        .then()
        .statusCode(401);
    given().post(CLIENTS + "/demo-agency/suspension").then().statusCode(401);
    given().post(CLIENTS + "/demo-agency/reactivation").then().statusCode(401);
    given().post(CLIENTS + "/demo-agency/secret-rotation").then().statusCode(401);
  }

  @Test
  void aTokenWithoutTheAdminScopeIsRefused() {
    asClient("demo-agency").get(CLIENTS).then().statusCode(403);
  }

  @Test
  void aRegisteredClientGetsItsSecretOnceAndCanUseIt() {
    Response created =
        asOperator()
            .contentType("application/json")
            .body(
                """
                {"id": "http-agency", "displayName": "HTTP 测试机构", "kind": "AGENCY",
                 "plan": "agency-basic", "scopes": ["credit:query"],
                 "conditionalRecordTypes": ["BAD_RECORD"]}""")
            .post(CLIENTS);
    created
        .then()
        .statusCode(201)
        .header("Location", endsWith(CLIENTS + "/http-agency"))
        .header("Cache-Control", "no-store")
        .body("client.id", equalTo("http-agency"))
        .body("client.status", equalTo("ACTIVE"))
        .body("client.scopes", contains("credit:query"))
        .body("client", not(hasKey("secretHash")))
        .body("clientSecret", matchesPattern("[A-Za-z0-9_-]{43}"));
    String secret = created.path("clientSecret");

    asOperator()
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("displayName", equalTo("HTTP 测试机构"))
        .body("$", not(hasKey("clientSecret")));
    assertTokenIssued("http-agency", secret, 200);
  }

  @Test
  void aBrokenClientIsRefusedMemberByMember() {
    asOperator()
        .contentType("application/json")
        .body(
            """
            {"id": "HTTP", "displayName": "x", "kind": "AGENCY", "plan": "agency-basic",
             "scopes": ["credit:query", "credit:write"], "divisionCode": "620725"}""")
        .post(CLIENTS)
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "validation-failed"))
        .body("errors.pointer", contains("/id", "/scopes/1", "/divisionCode"))
        .body("errors.code", contains("pattern", "enum", "not-allowed"));
    asOperator()
        .contentType("application/json")
        .body("{\"id\": \"http-kind\", \"kind\": \"BANK\"}")
        .post(CLIENTS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.pointer", contains("/kind"));
  }

  @Test
  void aTakenIdIsAConflict() {
    asOperator()
        .header("Accept-Language", "en")
        .contentType("application/json")
        .body(
            """
            {"id": "demo-office", "displayName": "x", "kind": "CREDIT_OFFICE",
             "plan": "internal"}""")
        .post(CLIENTS)
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "client-conflict"))
        .body("detail", equalTo("A client demo-office exists already."));
  }

  @Test
  void clientsAreListedAPageAtATime() {
    asOperator()
        .queryParam("kind", "COUNTY")
        .queryParam("size", 2)
        .get(CLIENTS)
        .then()
        .statusCode(200)
        .body("items.kind", everyItem(equalTo("COUNTY")))
        .body("items.id", contains("demo-county-gaotai", "demo-county-linze"))
        .body("next", notNullValue());
    asOperator()
        .queryParam("size", 1001)
        .queryParam("status", "GONE")
        .get(CLIENTS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.pointer", contains("status", "size"))
        .body("errors.code", contains("enum", "range"));
  }

  @Test
  void anUnknownClientIsNotFound() {
    asOperator()
        .get(CLIENTS + "/http-nobody")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "client-not-found"))
        .body("detail", equalTo("没有编号为 http-nobody 的客户端。"));
  }

  @Test
  void grantsAndPlanChange() {
    createCounty("http-county");
    asOperator()
        .contentType("application/json")
        .body("{\"plan\": \"internal\", \"submittableRecordTypes\": [\"ADMIN_PENALTY\"]}")
        .patch(CLIENTS + "/http-county")
        .then()
        .statusCode(200)
        .body("plan", equalTo("internal"))
        .body("submittableRecordTypes", contains("ADMIN_PENALTY"))
        .body("divisionCode", equalTo("620721"));
    asOperator()
        .contentType("application/json")
        .body("{\"divisionCode\": \"629999\", \"status\": \"SUSPENDED\"}")
        .patch(CLIENTS + "/http-county")
        .then()
        .statusCode(422)
        .body("errors.code", contains("unknown-division", "unknown-member"));
  }

  @Test
  void aSuspendedClientGetsNoTokenUntilReactivated() {
    String secret = createCounty("http-suspended");
    asOperator()
        .post(CLIENTS + "/http-suspended/suspension")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"));
    assertTokenIssued("http-suspended", secret, 401);
    asOperator()
        .post(CLIENTS + "/http-suspended/reactivation")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    assertTokenIssued("http-suspended", secret, 200);
    asOperator()
        .queryParam("clientId", Callers.OPERATOR)
        .queryParam("kind", "ADMIN")
        .get("/api/v1/admin/audit")
        .then()
        .statusCode(200)
        .body(
            "items.operation",
            hasItems(
                "POST " + CLIENTS + "/{id}/suspension", "POST " + CLIENTS + "/{id}/reactivation"));
  }

  @Test
  void aRotatedSecretReplacesTheOldOne() {
    String old = createCounty("http-rotated");
    Response rotated = asOperator().post(CLIENTS + "/http-rotated/secret-rotation");
    rotated
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("client.id", equalTo("http-rotated"));
    assertTokenIssued("http-rotated", old, 401);
    assertTokenIssued("http-rotated", rotated.path("clientSecret"), 200);
  }

  @Test
  void theListShowsTheDemoClients() {
    asOperator()
        .queryParam("size", 100)
        .get(CLIENTS)
        .then()
        .statusCode(200)
        .body("items.id", hasItems("demo-agency", Callers.OPERATOR, "demo-county-shandan"));
  }

  private static String createCounty(String id) {
    return asOperator()
        .contentType("application/json")
        .body(
            """
            {"id": "%s", "displayName": "县区平台", "kind": "COUNTY", "plan": "submitter",
             "scopes": ["records:submit"], "submittableRecordTypes": ["ADMIN_LICENCE"],
             "divisionCode": "620721"}"""
                .formatted(id))
        .post(CLIENTS)
        .then()
        .statusCode(201)
        .extract()
        .path("clientSecret");
  }

  private static void assertTokenIssued(String id, String secret, int status) {
    tokenRequest(id, secret).then().statusCode(status);
  }

  private static RequestSpecification asOperator() {
    return asClient(Callers.OPERATOR);
  }

  private static RequestSpecification asClient(String id) {
    String token =
        tokenRequest(id, Callers.secretOf(id))
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return given().auth().oauth2(token);
  }

  private static Response tokenRequest(String id, String secret) {
    return given()
        .auth()
        .preemptive()
        .basic(id, secret)
        .formParam("grant_type", "client_credentials")
        .post("/oauth/token");
  }
}
