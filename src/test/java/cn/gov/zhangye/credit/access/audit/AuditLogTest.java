package cn.gov.zhangye.credit.access.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject AuditLog log;
  @Inject AuditVerifier verifier;

  @Test
  void concurrentEntriesFormIntactChains() throws SQLException {
    String client = "client-" + UUID.randomUUID();
    List<Uni<Void>> appends =
        IntStream.range(0, 200).mapToObj(i -> log.append(entry(client, "op-" + i))).toList();
    Uni.join().all(appends).andFailFast().await().atMost(WAIT);

    assertEquals(200, count("SELECT count(*) FROM audit_entry WHERE client_id = '" + client + "'"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT writer, max(seq) - count(*) AS gap FROM audit_entry"
                + " GROUP BY writer) chains WHERE gap <> 0"),
        "every chain numbers its entries 1..n without gaps");
    ChainVerification verification = verifier.verify().await().atMost(WAIT);
    assertTrue(verification.intact(), String.valueOf(verification.firstBrokenLink()));
    assertTrue(verification.entries() >= 200);
  }

  @Test
  void noRoleMayChangeOrRemoveAnEntry() {
    log.append(entry("append-only-check", "GET /api/v1/quota")).await().atMost(WAIT);
    for (String change :
        List.of(
            "UPDATE audit_entry SET status = 200",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry")) {
      SQLException refused = assertThrows(SQLException.class, () -> execute(change), change);
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
  }

  @Test
  void anAlteredEntryIsReportedAsTheFirstBrokenLink() throws SQLException {
    String client = "tamper-" + UUID.randomUUID();
    log.append(entry(client, "GET /api/v1/quota")).await().atMost(WAIT);
    long id = count("SELECT id FROM audit_entry WHERE client_id = '" + client + "'");
    try {
      tamper("UPDATE audit_entry SET status = 200 WHERE id = " + id);
      ChainVerification verification = verifier.verify().await().atMost(WAIT);
      assertFalse(verification.intact());
      assertEquals(id, verification.firstBrokenLink().id());
      assertEquals("content-altered", verification.firstBrokenLink().reason());
    } finally {
      tamper("UPDATE audit_entry SET status = 403 WHERE id = " + id);
    }
    assertNull(verifier.verify().await().atMost(WAIT).firstBrokenLink());
  }

  private static AuditEntry entry(String client, String operation) {
    return new AuditEntry(
        Instant.now(),
        client,
        AuditKind.REFUSED,
        operation,
        null,
        null,
        null,
        403,
        UUID.randomUUID().toString());
  }

  /** Changes an entry as an intruder with the owner's rights would: around the triggers. */
  private static void tamper(String update) throws SQLException {
    execute(
        "BEGIN; ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete; "
            + update
            + "; ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete; COMMIT;");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    return TestDatabase.connect();
  }
}
