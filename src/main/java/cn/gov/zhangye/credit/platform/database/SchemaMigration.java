package cn.gov.zhangye.credit.platform.database;

import cn.gov.zhangye.credit.platform.Causes;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Applies the Flyway migrations at start. When the database cannot be reached the gateway still
 * starts (liveness up, readiness down), says so in the log, and keeps trying with backoff until the
 * schema is in place.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

  private final Flyway flyway;
  private final DatabaseConfig config;
  private final Event<SchemaReady> schemaReady;
  private final AtomicBoolean migrated = new AtomicBoolean();

  @Inject
  SchemaMigration(Flyway flyway, DatabaseConfig config, Event<SchemaReady> schemaReady) {
    this.flyway = flyway;
    this.config = config;
    this.schemaReady = schemaReady;
  }

  void onStart(@Observes StartupEvent start) {
    if (!tryMigrate()) {
      retryInBackground();
    }
  }

  /** Whether the schema is up to date: the gateway is ready only then. */
  public boolean migrated() {
    return migrated.get();
  }

  private boolean tryMigrate() {
    try {
      var result = flyway.migrate();
      LOG.infof(
          "Database schema is up to date (%d migration(s) applied now)", result.migrationsExecuted);
      schemaReady.fire(new SchemaReady());
      migrated.set(true);
      return true;
    } catch (RuntimeException failure) {
      LOG.errorf(
          "Cannot migrate the database schema: %s. The gateway is not ready; retrying.",
          Causes.rootMessage(failure));
      return false;
    }
  }

  private void retryInBackground() {
    Uni.createFrom()
        .item(this::tryMigrate)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToUni(
            done ->
                done
                    ? Uni.createFrom().item(true)
                    : Uni.createFrom().failure(new IllegalStateException("not yet migrated")))
        .onFailure()
        .retry()
        .withBackOff(config.migrationRetryInitialDelay(), config.migrationRetryMaxDelay())
        .indefinitely()
        .subscribe()
        .with(done -> {}, failure -> LOG.error("Schema migration gave up", failure));
  }
}
