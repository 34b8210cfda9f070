package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.jobs.ScheduledJob;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Removes the refusal counters of minutes older than {@code credit.audit.refusals.retention}. */
@ApplicationScoped
class RefusalRetention implements ScheduledJob {

  private final Pool database;
  private final Duration retention;

  @Inject
  RefusalRetention(Pool database, AuditConfig config) {
    this.database = database;
    this.retention = config.refusals().retention();
  }

  @Override
  public String name() {
    return "audit-refusal-retention";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  public void run(Instant now) {
    BlockingTransactions.await(
        database
            .preparedQuery("DELETE FROM refusal_count WHERE minute < $1")
            .execute(Tuple.of(now.minus(retention).atOffset(ZoneOffset.UTC))));
  }
}
