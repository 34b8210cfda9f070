package cn.gov.zhangye.credit.platform.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} the real embedded PostgreSQL: one throwaway database for the
 * whole test run, started on first use and removed when the JVM exits. Quarkus loads this class
 * anew for each test profile, so the database is found again through system properties.
 */
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = false)
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private static final String JDBC_URL = "credit.test-database.jdbc-url";
  private static final String REACTIVE_URL = "credit.test-database.reactive-url";

  /** The JDBC URL of this test run's database, for tests that look into it directly. */
  public static String jdbcUrl() {
    ensureStarted();
    return System.getProperty(JDBC_URL);
  }

  @Override
  public Map<String, String> start() {
    ensureStarted();
    return Map.of(
        "quarkus.datasource.reactive.url", System.getProperty(REACTIVE_URL),
        "quarkus.datasource.jdbc.url", System.getProperty(JDBC_URL),
        "quarkus.datasource.username", EmbeddedDatabase.USER);
  }

  @Override
  public void stop() {
    // The database outlives one application start: other test profiles reuse it.
  }

  private static void ensureStarted() {
    synchronized (System.getProperties()) {
      if (System.getProperty(JDBC_URL) == null) {
        EmbeddedDatabase database = EmbeddedDatabase.startThrowaway();
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty(REACTIVE_URL, database.reactiveUrl());
      }
    }
  }
}
