package cn.gov.zhangye.credit.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.ControlledClock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job runs once across the cluster each time it is due: two replicas (two schedules
 * with replica identities of their own) on the test database, time moved by the controlled clock.
 */
@QuarkusTest
class SchedulesTest {

  private static final Duration INTERVAL = Duration.ofHours(1);
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Inject Pool database;
  @Inject ControlledClock clock;

  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void putBack() {
    clock.reset();
    threads.shutdownNow();
  }

  @Test
  void aDueJobRunsOnceAcrossReplicasHoweverOftenTheyLook() throws Exception {
    CountingJob job = new CountingJob();
    List<Schedules> replicas = List.of(replica(job), replica(job));

    lookConcurrently(replicas, 10);
    assertEquals(1, job.runs.size(), "a new job is due at once, and runs once");

    clock.advance(INTERVAL.minusMinutes(1));
    lookConcurrently(replicas, 10);
    assertEquals(1, job.runs.size(), "not due again before its interval");

    clock.advance(Duration.ofMinutes(2));
    lookConcurrently(replicas, 10);
    assertEquals(2, job.runs.size(), "due again after its interval, and run once");
  }

  @Test
  void aJobDueDuringDowntimeRunsOnceWhenAReplicaComesBack() {
    CountingJob job = new CountingJob();
    Schedules replica = replica(job);
    replica.runDue();

    clock.advance(INTERVAL.multipliedBy(10));
    Instant back = clock.instant();
    replica.runDue();
    replica.runDue();

    assertEquals(2, job.runs.size(), "ten missed runs are caught up by one");
    Instant told = job.runs.get(1);
    assertTrue(
        !told.isBefore(back) && told.isBefore(back.plusSeconds(5)),
        "the catch-up run is told the current instant, " + told);
  }

  @Test
  void aJobHeldByAReplicaThatStoppedGoesToAnotherOnceTheLeaseRanOut() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountingJob job = new CountingJob(started, release);
    Schedules stuck = replica(job);
    Schedules other = replica(job);

    Future<?> first = threads.submit(stuck::runDue);
    assertTrue(started.await(30, TimeUnit.SECONDS), "the first replica started the job");
    other.runDue();
    assertEquals(1, job.runs.size(), "held: the other replica leaves it");

    clock.advance(LEASE.plusSeconds(1));
    other.runDue();
    assertEquals(2, job.runs.size(), "the lease ran out: the other replica runs it");

    release.countDown();
    first.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aFailedRunIsTriedAgainAtTheNextLook() {
    CountingJob job = new CountingJob();
    job.failNext.set(true);
    Schedules replica = replica(job);

    replica.runDue();
    replica.runDue();

    assertEquals(2, job.runs.size(), "the failed run, then the one that succeeded");
    clock.advance(Duration.ofMinutes(1));
    replica.runDue();
    assertEquals(2, job.runs.size(), "after a success the job waits for its interval");
  }

  private Schedules replica(ScheduledJob job) {
    return new Schedules(
        List.of(job), database, new Leases(new ReplicaIdentity(), clock), config(), clock);
  }

  private void lookConcurrently(List<Schedules> replicas, int times) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> looks = new CopyOnWriteArrayList<>();
    for (int i = 0; i < times; i++) {
      for (Schedules replica : replicas) {
        looks.add(
            threads.submit(
                () -> {
                  go.await();
                  replica.runDue();
                  return null;
                }));
      }
    }
    go.countDown();
    for (Future<?> look : looks) {
      look.get(60, TimeUnit.SECONDS);
    }
  }

  private static JobsConfig config() {
    return new JobsConfig() {
      @Override
      public Duration tick() {
        return Duration.ofSeconds(1);
      }

      @Override
      public Duration lease() {
        return LEASE;
      }
    };
  }

  /**
   * Counts its runs and remembers the instants it was told; may fail once, and its first run may
   * wait to be released.
   */
  private final class CountingJob implements ScheduledJob {
    final String name = "test-" + UUID.randomUUID();
    final List<Instant> runs = new CopyOnWriteArrayList<>();
    final AtomicBoolean failNext = new AtomicBoolean();
    final CountDownLatch started;
    final CountDownLatch release;

    CountingJob() {
      this(new CountDownLatch(0), new CountDownLatch(0));
    }

    CountingJob(CountDownLatch started, CountDownLatch release) {
      this.started = started;
      this.release = release;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Duration interval() {
      return INTERVAL;
    }

    @Override
    public void run(Instant now) {
      runs.add(now);
      if (failNext.getAndSet(false)) {
        throw new IllegalStateException("this run fails");
      }
      started.countDown();
      if (runs.size() > 1) {
        return;
      }
      try {
        if (!release.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
