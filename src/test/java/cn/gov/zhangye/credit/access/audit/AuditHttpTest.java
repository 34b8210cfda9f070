package cn.gov.zhangye.credit.access.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log over real HTTP with real tokens of the demo clients. */
@QuarkusTest
class AuditHttpTest {

  @Inject RefusalCounts counts;

  @Test
  void eachClientSeesOnlyItsOwnEntries() {
    String read = "audit-read-" + UUID.randomUUID();
    Callers.as("demo-agency-basic")
        .header("X-Request-Id", read)
        .get("/api/v1/subjects/" + TestCodes.enterprise("620702", 990002))
        .then()
        .statusCode(404);

    Callers.as("demo-agency-basic")
        .queryParam("kind", "READ")
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(200)
        .body("items.requestId", hasItem(read))
        .body("items.clientId", everyItem(equalTo("demo-agency-basic")))
        .body("items.operation", hasItem("GET /api/v1/subjects/{code}"));

    Callers.as("demo-agency")
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(200)
        .body("items.requestId", not(hasItem(read)))
        .body("items.clientId", everyItem(equalTo("demo-agency")));
  }

  @Test
  void refusalsAreCountedForOperatorsNotLogged() {
    String refused = "audit-refused-" + UUID.randomUUID();
    String from = Instant.now().truncatedTo(ChronoUnit.MINUTES).toString();
    given()
        .auth()
        .oauth2(Callers.newToken("demo-agency-basic"))
        .header("X-Request-Id", refused)
        .get("/api/v1/admin/audit")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2("not.a.token")
        .header("X-Request-Id", refused)
        .get("/api/v1/audit/mine")
        .then()
        .statusCode(401);
    counts.flush();

    assertEquals(
        0, TestDatabase.count("SELECT count(*) FROM audit_entry WHERE request_id = ?", refused));
    Callers.as(Callers.OPERATOR)
        .queryParam("from", from)
        .queryParam("size", "1000")
        .get("/api/v1/admin/audit/refusals")
        .then()
        .statusCode(200)
        .body("items.findAll { it.clientId == 'demo-agency-basic' }.status", hasItem(403))
        .body("items.findAll { it.clientId == null }.status", hasItem(401));
    Callers.as("demo-agency").get("/api/v1/admin/audit/refusals").then().statusCode(403);
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
