package cn.gov.zhangye.credit.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void liveAndReadyWithTheSchemaMigrated() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database-schema"))
        .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
  }

  @Test
  void migrationsRanOnTheRealDatabase() throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'")) {
      result.next();
      assertEquals(1, result.getInt(1));
    }
  }

  @Inject HttpServer server;

  @Test
  void metricsInPrometheusFormatOnTheManagementInterfaceOnly() {
    given().get("/api/v1/no-such-thing").then().statusCode(404);
    given().get("/q/metrics").then().statusCode(404);
    given()
        .get("http://localhost:" + server.getManagementPort() + "/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
        .body(containsString("http_server_requests_seconds"));
  }

  @Test
  void theConsoleIsServed() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("swagger-ui"));
  }
}
