package cn.gov.zhangye.credit.platform.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} the real embedded PostgreSQL: one throwaway database for the
 * whole test run, started on first use and removed when the JVM exits.
 */
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = false)
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedDatabase database;

  /** The database of this test run, for tests that look into it directly. */
  public static synchronized EmbeddedDatabase database() {
    if (database == null) {
      database = EmbeddedDatabase.startThrowaway();
    }
    return database;
  }

  @Override
  public Map<String, String> start() {
    return database().datasourceProperties();
  }

  @Override
  public void stop() {
    // The database outlives one application start: other test profiles reuse it.
  }
}
