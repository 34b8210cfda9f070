package cn.gov.zhangye.credit.platform.jobs;

import cn.gov.zhangye.credit.platform.database.SchemaReady;
import io.quarkus.arc.All;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs every {@link ClaimableWork} of the gateway once the schema is ready: a fixed number of
 * workers per kind of work, work this replica took on itself ({@link #run}) and work it claims
 * because its owner is gone, on every replica, after a restart too.
 */
@ApplicationScoped
public class BackgroundWork {

  private static final Logger LOG = Logger.getLogger(BackgroundWork.class);

  private final List<ClaimableWork<?>> kinds;
  private final Leases leases;
  private final Map<String, Workers<?>> workers = new ConcurrentHashMap<>();

  @Inject
  BackgroundWork(@All List<ClaimableWork<?>> kinds, Leases leases) {
    this.kinds = kinds;
    this.leases = leases;
  }

  void start(@Observes SchemaReady ready) {
    kinds.forEach(kind -> workers.computeIfAbsent(kind.name(), name -> start(kind)));
  }

  @PreDestroy
  void stop() {
    workers.values().forEach(Workers::stop);
  }

  /** Processes {@code work}, which this replica holds, in the background when a worker is free. */
  public <K> void run(ClaimableWork<K> kind, K work) {
    workers(kind).execute(work);
  }

  @SuppressWarnings("unchecked")
  private <K> Workers<K> workers(ClaimableWork<K> kind) {
    return (Workers<K>) workers.computeIfAbsent(kind.name(), name -> start(kind));
  }

  private <K> Workers<K> start(ClaimableWork<K> kind) {
    Workers<K> started = new Workers<>(kind, leases);
    started.startClaiming();
    return started;
  }

  /** The workers of one kind of work and the poller that claims abandoned work for them. */
  private static final class Workers<K> {
    private final ClaimableWork<K> kind;
    private final Leases leases;
    private final Semaphore idle;
    private final ExecutorService pool;
    private final ScheduledExecutorService poller;

    Workers(ClaimableWork<K> kind, Leases leases) {
      this.kind = kind;
      this.leases = leases;
      this.idle = new Semaphore(kind.concurrency());
      this.pool =
          Executors.newFixedThreadPool(
              kind.concurrency(), DaemonThreads.named(kind.name() + "-worker"));
      this.poller =
          Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(kind.name() + "-claimer"));
    }

    void startClaiming() {
      long interval = kind.pollInterval().toMillis();
      poller.scheduleWithFixedDelay(this::claimAbandoned, 0, interval, TimeUnit.MILLISECONDS);
    }

    void execute(K work) {
      pool.execute(
          () -> {
            idle.acquireUninterruptibly();
            process(work);
          });
    }

    void stop() {
      poller.shutdownNow();
      pool.shutdownNow();
    }

    private void claimAbandoned() {
      try {
        while (idle.tryAcquire()) {
          var claimed = kind.claimAbandoned(leases.take(kind.lease()));
          if (claimed.isEmpty()) {
            idle.release();
            return;
          }
          LOG.infof("Resuming abandoned %s work %s", kind.name(), claimed.get());
          pool.execute(() -> process(claimed.get()));
        }
      } catch (RuntimeException failed) {
        LOG.warnf(failed, "Looking for abandoned %s work failed; trying again later", kind.name());
      }
    }

    /** Runs with a worker permit taken, and gives it back. */
    private void process(K work) {
      try {
        kind.process(work);
      } catch (RuntimeException failed) {
        LOG.errorf(
            failed, "%s work %s failed; it is resumed when its lease ends", kind.name(), work);
      } finally {
        idle.release();
      }
    }
  }
}
