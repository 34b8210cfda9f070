package cn.gov.zhangye.credit.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway process is killed while it writes a submission's chunks; after a restart the same
 * request, replayed with its Idempotency-Key, completes the work: every record exactly once.
 */
class CrashAndRetryIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final int RECORDS = 20_000;
  private static final int CHUNK = 200;

  @TempDir Path workingDirectory;

  @Test
  void aRetryAfterACrashCompletesTheSubmissionWithoutDuplicates() throws Exception {
    String prefix = "crash-" + UUID.randomUUID();
    String key = "crash-" + UUID.randomUUID();
    String body = body(prefix);
    try (EmbeddedDatabase database =
        EmbeddedDatabase.start(workingDirectory.resolve("db"), FreePort.find(), START)) {
      Map<String, String> settings = settings(database);
      try (GatewayProcess first =
          GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
        assertTrue(first.awaitReady(START), first.output());
        GatewayProcess.sendAsync(submission(first, first.token("demo-department"), key, body));
        int chunksDone = awaitChunks(database, key);
        first.kill();
        int written = count(database, prefix);
        assertTrue(chunksDone >= 2 && written < RECORDS, "killed between chunks: " + written);
        assertEquals(0, written % CHUNK, "a chunk is written whole or not at all: " + written);
      }
      try (GatewayProcess second =
          GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
        assertTrue(second.awaitReady(START), second.output());
        String token = second.token("demo-department");
        HttpResponse<String> answer = GatewayProcess.send(submission(second, token, key, body));
        for (int attempt = 0; answer.statusCode() == 409 && attempt < 300; attempt++) {
          Thread.sleep(200);
          answer = GatewayProcess.send(submission(second, token, key, body));
        }
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"created\":" + RECORDS), answer.body());
        assertEquals(RECORDS, count(database, prefix));
        assertEquals(
            RECORDS,
            query(
                database,
                "SELECT count(*) FROM record_change j JOIN credit_record c ON c.id = j.record_id"
                    + " WHERE c.source_ref LIKE ?",
                prefix + "-%"));
      }
    }
  }

  private static String body(String prefix) {
    String company = TestRecords.newEnterprise("620702");
    List<ObjectNode> records = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      records.add(TestRecords.penalty(prefix + "-" + i, company, "示例公司"));
    }
    return TestRecords.ndjson(records);
  }

  private static int awaitChunks(EmbeddedDatabase database, String key) throws Exception {
    for (int attempt = 0; attempt < 1200; attempt++) {
      int done =
          query(
              database,
              "SELECT coalesce(max(chunks_done), 0) FROM submission WHERE idempotency_key = ?",
              key);
      if (done >= 2) {
        return done;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("The submission never wrote two chunks");
  }

  private static HttpRequest submission(
      GatewayProcess gateway, String token, String key, String body) {
    return HttpRequest.newBuilder(gateway.uri("/api/v1/submissions"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-ndjson")
        .header("Idempotency-Key", key)
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static Map<String, String> settings(EmbeddedDatabase database) {
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    settings.put("credit.access.demo.enabled", "true");
    settings.put("credit.submission.chunk-records", String.valueOf(CHUNK));
    settings.put("credit.submission.sync-max-records", String.valueOf(RECORDS));
    settings.put("credit.submission.lease", "PT3S");
    settings.put("credit.submission.resume-interval", "PT1S");
    return settings;
  }

  private static int count(EmbeddedDatabase database, String prefix) throws SQLException {
    return query(
        database, "SELECT count(*) FROM credit_record WHERE source_ref LIKE ?", prefix + "-%");
  }

  private static int query(EmbeddedDatabase database, String sql, String parameter)
      throws SQLException {
    try (Connection connection = database.connect(EmbeddedDatabase.SUPERUSER);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
