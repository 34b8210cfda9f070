package cn.gov.zhangye.credit.access.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.EmbeddedPostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * With the gateway's own connection (the application role) the audit log can be appended to and
 * read, and nothing else: its triggers can be neither disabled nor dropped, its rows neither
 * changed, deleted nor truncated.
 */
@QuarkusTest
class AuditPrivilegesTest {

  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  @Test
  void theApplicationRoleCannotRewriteTheAuditLogOrItsCheckpoints() throws SQLException {
    for (String attempt :
        new String[] {
          "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete",
          "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
          "DROP TRIGGER audit_entry_no_truncate ON audit_entry",
          "DROP TABLE audit_entry",
          "UPDATE audit_entry SET status = 200",
          "DELETE FROM audit_entry",
          "TRUNCATE audit_entry",
          "ALTER TABLE audit_entry OWNER TO " + EmbeddedDatabase.APPLICATION,
          "UPDATE audit_checkpoint SET seq = 1",
          "DELETE FROM audit_checkpoint",
          "TRUNCATE audit_checkpoint",
          "DROP TABLE audit_checkpoint"
        }) {
      SQLException refused =
          assertThrows(SQLException.class, () -> asApplication(attempt), attempt);
      assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), attempt + ": " + refused);
    }
  }

  @Test
  void theApplicationRoleAppendsAndReads() throws SQLException {
    try (Connection application =
            EmbeddedPostgresTestResource.connect(EmbeddedDatabase.APPLICATION);
        Statement sql = application.createStatement()) {
      application.setAutoCommit(false);
      try {
        sql.execute(
            "INSERT INTO audit_entry (writer, seq, occurred_at, kind, operation, status,"
                + " request_id, previous_hash, hash) VALUES ('privileges-test', 1, now(), 'READ',"
                + " 'GET /probe', 200, 'r', 'p', 'h')");
        try (ResultSet read =
            sql.executeQuery("SELECT count(*) FROM audit_entry WHERE writer = 'privileges-test'")) {
          read.next();
          assertEquals(1, read.getInt(1));
        }
      } finally {
        application.rollback();
      }
    }
  }

  private static void asApplication(String statement) throws SQLException {
    try (Connection application =
            EmbeddedPostgresTestResource.connect(EmbeddedDatabase.APPLICATION);
        Statement sql = application.createStatement()) {
      sql.execute(statement);
    }
  }
}
