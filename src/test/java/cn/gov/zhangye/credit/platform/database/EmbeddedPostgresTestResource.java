package cn.gov.zhangye.credit.platform.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} the real embedded PostgreSQL, with its roles as in the embedded
 * default (requests as the application role, migrations as the owner): one throwaway database for
 * the whole test run, started on first use and removed when the JVM exits. Quarkus loads this class
 * anew for each test profile, so the database is found again through system properties.
 */
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = false)
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private static final String PREFIX = "credit.test-database.";
  private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

  /** The JDBC URL of this test run's database, for tests that look into it directly. */
  public static String jdbcUrl() {
    return datasourceProperties().get(JDBC_URL);
  }

  /** A connection to this test run's database as {@code role}, with its password. */
  public static Connection connect(String role) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), role, password(role));
  }

  /** The password of {@code role} on this test run's server. */
  public static String password(String role) {
    return System.getProperty(PREFIX + "password." + role);
  }

  @Override
  public Map<String, String> start() {
    return datasourceProperties();
  }

  @Override
  public void stop() {
    // The database outlives one application start: other test profiles reuse it.
  }

  private static Map<String, String> datasourceProperties() {
    synchronized (System.getProperties()) {
      if (System.getProperty(PREFIX + JDBC_URL) == null) {
        EmbeddedDatabase database = EmbeddedDatabase.startThrowaway();
        database
            .datasourceProperties()
            .forEach((name, value) -> System.setProperty(PREFIX + name, value));
        for (String role : EmbeddedDatabase.ROLES) {
          System.setProperty(PREFIX + "password." + role, database.password(role));
        }
      }
      Map<String, String> properties = new HashMap<>();
      System.getProperties()
          .stringPropertyNames()
          .forEach(
              name -> {
                if (name.startsWith(PREFIX + "quarkus.")) {
                  properties.put(name.substring(PREFIX.length()), System.getProperty(name));
                }
              });
      return properties;
    }
  }
}
