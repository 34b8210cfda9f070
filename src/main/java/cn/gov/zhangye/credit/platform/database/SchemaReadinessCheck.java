package cn.gov.zhangye.credit.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the database schema is migrated; the datasource checks add that it answers. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

  private final SchemaMigration migration;

  @Inject
  SchemaReadinessCheck(SchemaMigration migration) {
    this.migration = migration;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database-schema").status(migration.migrated()).build();
  }
}
