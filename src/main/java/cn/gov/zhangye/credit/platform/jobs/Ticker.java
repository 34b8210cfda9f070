package cn.gov.zhangye.credit.platform.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs one blocking task of this replica at a fixed delay on a thread of its own, and once more
 * when stopped, after the last timed run has ended: what the task holds is never left behind. For
 * work of each replica; work that one replica of the cluster does is a {@link ScheduledJob}.
 */
public final class Ticker {

  private static final Logger LOG = Logger.getLogger(Ticker.class);
  private static final Duration LAST_RUN_WAIT = Duration.ofSeconds(30);

  private final String name;
  private final Runnable task;
  private final AtomicBoolean started = new AtomicBoolean();
  private final ScheduledExecutorService executor;

  public Ticker(String name, Runnable task) {
    this.name = name;
    this.task = task;
    this.executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
  }

  /** Starts the runs, every {@code delay}; a second call does nothing. */
  public void start(Duration delay) {
    if (started.compareAndSet(false, true)) {
      long millis = delay.toMillis();
      executor.scheduleWithFixedDelay(this::runLogged, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /** Ends the timed runs and runs the task a last time on the calling thread. */
  public void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(LAST_RUN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warnf("%s: the last timed run did not end in %s", name, LAST_RUN_WAIT);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    runLogged();
  }

  private void runLogged() {
    try {
      task.run();
    } catch (RuntimeException failed) {
      LOG.errorf(failed, "%s failed; it runs again at the next tick", name);
    }
  }
}
