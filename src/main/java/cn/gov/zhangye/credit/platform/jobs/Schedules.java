package cn.gov.zhangye.credit.platform.jobs;

import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import io.quarkus.arc.All;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs each {@link ScheduledJob} once across the cluster whenever it is due. Every replica looks
 * each {@code credit.jobs.tick}; the one whose conditional update of the job's row in {@code
 * job_schedule} succeeds holds it under a lease and runs it, then sets when it is due next. A job
 * that was due while every replica was down is due at once when one comes back.
 */
@ApplicationScoped
public class Schedules {

  private static final Logger LOG = Logger.getLogger(Schedules.class);

  private static final String REGISTER =
      "INSERT INTO job_schedule (name, next_due) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";

  private static final String CLAIM_DUE =
      "UPDATE job_schedule SET lease_owner = $2, lease_until = $4, last_started_at = $3"
          + " WHERE name = $1 AND next_due <= $3 AND (lease_until IS NULL OR lease_until < $3)";

  private static final String FINISHED =
      "UPDATE job_schedule SET next_due = $3, last_finished_at = $4, lease_owner = NULL,"
          + " lease_until = NULL WHERE name = $1 AND lease_owner = $2";

  private static final String FAILED =
      "UPDATE job_schedule SET lease_owner = NULL, lease_until = NULL"
          + " WHERE name = $1 AND lease_owner = $2";

  private final List<ScheduledJob> jobs;
  private final Pool database;
  private final Leases leases;
  private final JobsConfig config;
  private final Clock clock;
  private volatile boolean registered;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("scheduled-jobs"));

  @Inject
  Schedules(
      @All List<ScheduledJob> jobs, Pool database, Leases leases, JobsConfig config, Clock clock) {
    this.jobs = jobs;
    this.database = database;
    this.leases = leases;
    this.config = config;
    this.clock = clock;
  }

  void start(@Observes SchemaReady ready) {
    if (jobs.isEmpty()) {
      return;
    }
    long tick = config.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::runDue, 0, tick, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    ticker.shutdownNow();
  }

  /** Runs, one after the other, the jobs that are due and that no other replica runs. Blocking. */
  void runDue() {
    if (!registered) {
      register();
    }
    for (ScheduledJob job : jobs) {
      try {
        runIfDue(job);
      } catch (RuntimeException failed) {
        LOG.errorf(failed, "Scheduled job %s failed; it runs again at the next tick", job.name());
      }
    }
  }

  /** A job never run before is due at once. */
  private void register() {
    for (ScheduledJob job : jobs) {
      BlockingTransactions.await(
          database.preparedQuery(REGISTER).execute(Tuple.of(job.name(), utc(clock.instant()))));
    }
    registered = true;
  }

  private void runIfDue(ScheduledJob job) {
    Lease lease = leases.take(config.lease());
    int claimed =
        BlockingTransactions.await(
                database
                    .preparedQuery(CLAIM_DUE)
                    .execute(Tuple.of(job.name(), lease.owner(), lease.nowUtc(), lease.untilUtc())))
            .rowCount();
    if (claimed == 0) {
      return;
    }
    try {
      job.run(lease.now());
    } catch (RuntimeException failed) {
      BlockingTransactions.await(
          database.preparedQuery(FAILED).execute(Tuple.of(job.name(), lease.owner())));
      throw failed;
    }
    Instant finished = clock.instant();
    BlockingTransactions.await(
        database
            .preparedQuery(FINISHED)
            .execute(
                Tuple.of(
                    job.name(), lease.owner(), utc(finished.plus(job.interval())), utc(finished))));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
