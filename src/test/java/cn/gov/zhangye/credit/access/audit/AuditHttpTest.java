package cn.gov.zhangye.credit.access.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log over real HTTP with real tokens of the demo clients. */
@QuarkusTest
class AuditHttpTest {

  @Test
  void refusedCallsAreAuditedAndEachClientSeesOnlyItsOwn() {
    String refusedRequest = "audit-refused-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(Callers.newToken("demo-agency-basic"))
        .header("X-Request-Id", refusedRequest)
        .get("/api/v1/admin/audit")
        .then()
        .statusCode(403);

    Callers.as("demo-agency-basic")
        .queryParam("kind", "REFUSED")
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(200)
        .body("items.requestId", hasItem(refusedRequest))
        .body("items.clientId", everyItem(equalTo("demo-agency-basic")))
        .body("items.operation", hasItem("GET /api/v1/admin/audit"));

    Callers.as("demo-agency")
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(200)
        .body("items.requestId", not(hasItem(refusedRequest)))
        .body("items.clientId", everyItem(equalTo("demo-agency")));
  }

  @Test
  void aBadTokenIsAuditedAsRefused() {
    String request = "audit-bad-token-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2("not.a.token")
        .header("X-Request-Id", request)
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(401);
    Callers.as(Callers.OPERATOR)
        .queryParam("kind", "REFUSED")
        .get("/api/v1/admin/audit")
        .then()
        .statusCode(200)
        .body("items.requestId", hasItem(request));
  }

  @Test
  void operatorsVerifyTheChains() {
    Callers.as(Callers.OPERATOR)
        .post("/api/v1/admin/audit/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  void aCallWhoseEntryCannotBeStoredFails() throws SQLException {
    String operatorToken = Callers.newToken(Callers.OPERATOR);
    execute("ALTER TABLE audit_entry RENAME TO audit_entry_away");
    try {
      given()
          .auth()
          .oauth2(operatorToken)
          .post("/api/v1/admin/audit/verify")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("type", equalTo("https://credit.zhangye.gov.cn/problems/service-unavailable"))
          .body(not(containsString("PgException")));
    } finally {
      execute("ALTER TABLE audit_entry_away RENAME TO audit_entry");
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
