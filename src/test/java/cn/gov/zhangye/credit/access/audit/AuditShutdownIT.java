package cn.gov.zhangye.credit.access.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import cn.gov.zhangye.credit.testing.TestCodes;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway stopped as an operator stops it (SIGTERM), long before its checkpoint interval, leaves
 * a signed checkpoint at the head of every lane it wrote, and every refusal it answered counted.
 */
class AuditShutdownIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final int READS = 3;
  private static final int REFUSALS = 50;

  @TempDir Path workingDirectory;

  @Test
  void aStoppedGatewayAnchorsEveryLaneItWroteAndCountsEveryRefusal() throws Exception {
    try (EmbeddedDatabase database =
        EmbeddedDatabase.start(workingDirectory.resolve("db"), FreePort.find(), START)) {
      Map<String, String> settings = new HashMap<>(database.datasourceProperties());
      settings.put("credit.access.demo.enabled", "true");
      settings.put("credit.audit.checkpoint.interval", "PT1H");
      GatewayProcess gateway = GatewayProcess.start(workingDirectory, FreePort.find(), settings);
      try {
        assertTrue(gateway.awaitReady(START), gateway.output());
        String token = gateway.token("demo-agency");
        for (int i = 0; i < READS; i++) {
          assertEquals(
              404,
              get(
                  gateway,
                  "/api/v1/subjects/" + TestCodes.enterprise("620702", 990200 + i),
                  token));
        }
        for (int i = 0; i < REFUSALS; i++) {
          assertEquals(401, get(gateway, "/api/v1/audit/mine", "not.a.token"));
        }
      } finally {
        gateway.close();
      }

      assertTrue(count(database, "SELECT count(*) FROM audit_entry") >= READS);
      assertEquals(
          0,
          count(
              database,
              "SELECT count(*) FROM (SELECT writer, max(seq) AS head FROM audit_entry"
                  + " GROUP BY writer) lanes LEFT JOIN audit_checkpoint c"
                  + " ON c.lane = lanes.writer AND c.seq = lanes.head WHERE c.id IS NULL"),
          "every lane has a checkpoint at its head");
      assertEquals(
          REFUSALS,
          count(
              database, "SELECT coalesce(sum(refusals), 0) FROM refusal_count WHERE status = 401"));
    }
  }

  private static int get(GatewayProcess gateway, String path, String token) throws Exception {
    return GatewayProcess.send(
            HttpRequest.newBuilder(gateway.uri(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build())
        .statusCode();
  }

  private static long count(EmbeddedDatabase database, String sql) throws SQLException {
    try (Connection connection = database.connect(EmbeddedDatabase.SUPERUSER);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
