package cn.gov.zhangye.credit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.EmbeddedPostgresTestResource;
import cn.gov.zhangye.credit.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration to the change journal, on a database of its own in the test server: the changes of
 * the former outbox and change feed arrive once each, in the outbox's order, marked published where
 * the feed had them, and the two tables are gone.
 */
class RecordChangeMigrationTest {

  private static final String BEFORE_THE_JOURNAL = "7";
  private static final String SUPERUSER = EmbeddedDatabase.SUPERUSER;

  @Test
  void theOutboxAndTheFeedBecomeOneJournal() throws SQLException {
    String database = "journal_migration_" + UUID.randomUUID().toString().replace("-", "");
    TestDatabase.execute("CREATE DATABASE " + database);
    try {
      String url =
          EmbeddedPostgresTestResource.jdbcUrl()
              .replaceFirst("/" + EmbeddedDatabase.DATABASE + "$", "/" + database);
      migrate(url, BEFORE_THE_JOURNAL);
      try (Connection connection =
              DriverManager.getConnection(url, SUPERUSER, superuserPassword());
          Statement statement = connection.createStatement()) {
        statement.execute(
            "INSERT INTO legal_person (credit_code, name, category, division_code)"
                + " VALUES ('91620702MA71000010', '示例公司', '法人及非法人组织', '620702')");
        statement.execute(
            "INSERT INTO credit_record (source_client_id, record_type, source_ref, subject_kind,"
                + " legal_person_id, version, status, content_hash, division_code, decision_date,"
                + " created_at, updated_at) VALUES"
                + " ('dept', 'ADMIN_PENALTY', 'p-1', 'ORGANISATION', 1, 2, 'ACTIVE', '\\x00',"
                + " '620702', '2026-11-01', now(), now()),"
                + " ('dept', 'CREDIT_RATING', 'r-1', 'ORGANISATION', 1, 1, 'ACTIVE', '\\x00',"
                + " '620702', '2026-11-01', now(), now())");
        statement.execute(
            "INSERT INTO exchange_outbox (change, record_id, record_version, record_type,"
                + " subject_kind, source_client_id) VALUES"
                + " ('CREATED', 1, 1, 'ADMIN_PENALTY', 'ORGANISATION', 'dept'),"
                + " ('CREATED', 2, 1, 'CREDIT_RATING', 'ORGANISATION', 'dept'),"
                + " ('CORRECTED', 1, 2, 'ADMIN_PENALTY', 'ORGANISATION', 'dept')");
        statement.execute(
            "INSERT INTO change_feed (change, record_id, record_version, record_type,"
                + " subject_kind) VALUES ('CREATED', 1, 1, 'ADMIN_PENALTY', 'ORGANISATION'),"
                + " ('CORRECTED', 1, 2, 'ADMIN_PENALTY', 'ORGANISATION')");
      }

      migrate(url, "latest");

      try (Connection connection =
              DriverManager.getConnection(url, SUPERUSER, superuserPassword());
          Statement statement = connection.createStatement()) {
        assertEquals(
            List.of(
                "CREATED 1 1 ADMIN_PENALTY ORGANISATION 1 620702 dept t",
                "CREATED 2 1 CREDIT_RATING ORGANISATION 1 620702 dept f",
                "CORRECTED 1 2 ADMIN_PENALTY ORGANISATION 1 620702 dept t"),
            lines(
                statement,
                "SELECT concat_ws(' ', kind, record_id, record_version, record_type,"
                    + " subject_kind, subject_id, division_code, source_client_id, published)"
                    + " FROM record_change ORDER BY order_xid, position"));
        assertEquals(
            List.of("t"),
            lines(
                statement,
                "SELECT to_regclass('exchange_outbox') IS NULL"
                    + " AND to_regclass('change_feed') IS NULL"));
      }
    } finally {
      TestDatabase.execute("DROP DATABASE " + database + " WITH (FORCE)");
    }
  }

  private static void migrate(String url, String target) {
    Flyway.configure()
        .dataSource(url, SUPERUSER, superuserPassword())
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  private static String superuserPassword() {
    return EmbeddedPostgresTestResource.password(SUPERUSER);
  }

  private static List<String> lines(Statement statement, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        lines.add(result.getString(1));
      }
    }
    return lines;
  }
}
