package cn.gov.zhangye.credit.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The roles of the embedded database as the tests get them, as the embedded default does: the
 * migrations ran as the owner, the gateway connects as the application role, which owns nothing.
 */
@QuarkusTest
class DatabaseRolesTest {

  private static final String OWNER = EmbeddedDatabase.OWNER;
  private static final String APPLICATION = EmbeddedDatabase.APPLICATION;

  @Test
  void theOwnerOwnsEverySchemaObjectAndTheMigrationHistory() throws SQLException {
    assertEquals(
        List.of(),
        strings(
            "SELECT c.relname || ' (' || pg_get_userbyid(c.relowner) || ')' FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                + " AND c.relowner <> '"
                + OWNER
                + "'::regrole"),
        "every table, index and sequence belongs to " + OWNER);
    assertEquals(
        List.of(OWNER),
        strings(
            "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname ="
                + " 'flyway_schema_history'"));
    assertFalse(
        privileged("flyway_schema_history", "SELECT,INSERT,UPDATE,DELETE,TRUNCATE"),
        "the application role cannot touch the migration history");
  }

  @Test
  void theApplicationRoleUsesEveryTableButChangesNoHistory() throws SQLException {
    List<String> tables =
        strings(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN"
                + " ('flyway_schema_history', 'audit_entry', 'audit_checkpoint')");
    assertTrue(tables.contains("jgroups"), tables.toString());
    for (String table : tables) {
      assertTrue(privileged(table, "SELECT,INSERT,UPDATE,DELETE"), table);
      assertFalse(privileged(table, "TRUNCATE,REFERENCES,TRIGGER"), table);
    }
    for (String appendOnly : List.of("audit_entry", "audit_checkpoint")) {
      assertTrue(privileged(appendOnly, "SELECT") && privileged(appendOnly, "INSERT"), appendOnly);
      assertFalse(privileged(appendOnly, "UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER"), appendOnly);
    }
    assertEquals(
        List.of(),
        strings(
            "SELECT rolname FROM pg_roles WHERE rolname = '"
                + APPLICATION
                + "' AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)"));
  }

  /** The owner's default privileges grant what later migrations create, too. */
  @Test
  void aTableTheOwnerCreatesLaterIsGrantedToTheApplicationRole() throws SQLException {
    try (Connection owner = EmbeddedPostgresTestResource.connect(OWNER);
        Statement sql = owner.createStatement()) {
      sql.execute("CREATE TABLE later_migration_probe (id bigserial PRIMARY KEY, note text)");
      try {
        assertTrue(privileged("later_migration_probe", "SELECT,INSERT,UPDATE,DELETE"));
        try (Connection application = EmbeddedPostgresTestResource.connect(APPLICATION);
            Statement insert = application.createStatement()) {
          insert.execute("INSERT INTO later_migration_probe (note) VALUES ('granted')");
        }
      } finally {
        sql.execute("DROP TABLE later_migration_probe");
      }
    }
  }

  private static boolean privileged(String table, String privileges) throws SQLException {
    return strings(
            "SELECT has_table_privilege('"
                + APPLICATION
                + "', 'public."
                + table
                + "', '"
                + privileges
                + "')")
        .equals(List.of("t"));
  }

  private static List<String> strings(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = EmbeddedPostgresTestResource.connect(EmbeddedDatabase.SUPERUSER);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
