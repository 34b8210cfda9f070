package cn.gov.zhangye.credit.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The roles of the embedded PostgreSQL, set up by the superuser at every start: {@value
 * EmbeddedDatabase#OWNER} owns the database and everything the migrations create; {@value
 * EmbeddedDatabase#APPLICATION}, which the gateway serves requests with, owns nothing and gets
 * SELECT, INSERT, UPDATE and DELETE on each table the owner creates (the migrations narrow that for
 * the audit log). The SQL is what docs/security.md gives for an external database.
 */
final class DatabaseRoles {

  private final DatabasePasswords passwords;

  DatabaseRoles(DatabasePasswords passwords) {
    this.passwords = passwords;
  }

  /** On the server's maintenance database: the roles with their passwords, the database. */
  void ensureRolesAndDatabase(Connection maintenance) throws SQLException {
    try (Statement sql = maintenance.createStatement()) {
      for (String role : EmbeddedDatabase.ROLES) {
        boolean login = !role.equals(EmbeddedDatabase.SUPERUSER);
        if (login && !exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
          sql.execute("CREATE ROLE " + role + " LOGIN");
        }
        sql.execute("ALTER ROLE " + role + " PASSWORD " + literal(passwords.of(role)));
      }
      String database = EmbeddedDatabase.DATABASE;
      if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
        sql.execute(
            "CREATE DATABASE "
                + database
                + " OWNER "
                + EmbeddedDatabase.OWNER
                + " ENCODING 'UTF8'");
      }
      sql.execute("ALTER DATABASE " + database + " OWNER TO " + EmbeddedDatabase.OWNER);
      sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
      sql.execute(
          "GRANT CONNECT, TEMPORARY ON DATABASE "
              + database
              + " TO "
              + EmbeddedDatabase.APPLICATION);
    }
  }

  /** On the gateway's database: what the application role may do with the owner's objects. */
  void grantToApplication(Connection credit) throws SQLException {
    String owner = EmbeddedDatabase.OWNER;
    String application = EmbeddedDatabase.APPLICATION;
    try (Statement sql = credit.createStatement()) {
      sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      sql.execute("GRANT USAGE ON SCHEMA public TO " + application);
      sql.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + owner
              + " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
              + application);
      sql.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + owner
              + " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "
              + application);
    }
  }

  /**
   * For a database of an earlier gateway, whose superuser created every object: hands them to the
   * owner and grants the application role what the default privileges grant for new ones.
   */
  void adoptObjectsOfTheSuperuser(Connection credit) throws SQLException {
    String owner = EmbeddedDatabase.OWNER;
    String application = EmbeddedDatabase.APPLICATION;
    String ownedBySuperuser =
        " JOIN pg_namespace n ON n.oid = %s WHERE n.nspname = 'public' AND %s = '"
            + EmbeddedDatabase.SUPERUSER
            + "'::regrole";
    try (Statement sql = credit.createStatement()) {
      // Tables first: their sequences follow them; then what is left.
      alterEach(
          sql,
          "SELECT format('ALTER TABLE %I OWNER TO "
              + owner
              + "', c.relname) FROM pg_class c"
              + ownedBySuperuser.formatted("c.relnamespace", "c.relowner")
              + " AND c.relkind IN ('r', 'p', 'v', 'm')");
      alterEach(
          sql,
          "SELECT format('ALTER SEQUENCE %I OWNER TO "
              + owner
              + "', c.relname) FROM pg_class c"
              + ownedBySuperuser.formatted("c.relnamespace", "c.relowner")
              + " AND c.relkind = 'S'");
      alterEach(
          sql,
          "SELECT format('ALTER ROUTINE %s OWNER TO "
              + owner
              + "', p.oid::regprocedure)"
              + " FROM pg_proc p"
              + ownedBySuperuser.formatted("p.pronamespace", "p.proowner"));
      sql.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + application);
      sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + application);
    }
  }

  private static void alterEach(Statement sql, String query) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (var result = sql.executeQuery(query)) {
      while (result.next()) {
        statements.add(result.getString(1));
      }
    }
    for (String statement : statements) {
      sql.execute(statement);
    }
  }

  private static boolean exists(Statement sql, String query) throws SQLException {
    try (var result = sql.executeQuery(query)) {
      return result.next();
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
