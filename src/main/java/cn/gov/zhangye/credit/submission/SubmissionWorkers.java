package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.database.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Processes large submissions in the background, and resumes abandoned ones: those whose owner
 * crashed or stopped (its lease ran out), on this replica or another, after a restart too.
 */
@ApplicationScoped
class SubmissionWorkers {

  private static final Logger LOG = Logger.getLogger(SubmissionWorkers.class);

  private final SubmissionProcessor processor;
  private final SubmissionRepository submissions;
  private final SubmissionConfig config;
  private final Replica replica;
  private final Semaphore idle;
  private final ExecutorService workers;
  private final ScheduledExecutorService resumer;

  @Inject
  SubmissionWorkers(
      SubmissionProcessor processor,
      SubmissionRepository submissions,
      SubmissionConfig config,
      Replica replica) {
    this.processor = processor;
    this.submissions = submissions;
    this.config = config;
    this.replica = replica;
    this.idle = new Semaphore(config.workers());
    this.workers = Executors.newFixedThreadPool(config.workers(), named("submission-worker"));
    this.resumer = Executors.newSingleThreadScheduledExecutor(named("submission-resumer"));
  }

  void startResuming(@Observes SchemaReady ready) {
    long interval = config.resumeInterval().toMillis();
    resumer.scheduleWithFixedDelay(this::resumeAbandoned, 0, interval, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    resumer.shutdownNow();
    workers.shutdownNow();
  }

  /** Processes a submission this replica owns, in the background; it waits for a free worker. */
  void process(UUID submission) {
    workers.execute(
        () -> {
          idle.acquireUninterruptibly();
          run(submission);
        });
  }

  private void resumeAbandoned() {
    try {
      while (idle.tryAcquire()) {
        Optional<UUID> abandoned = submissions.claimAbandoned(replica.id(), config.lease());
        if (abandoned.isEmpty()) {
          idle.release();
          return;
        }
        LOG.infof("Resuming the abandoned submission %s", abandoned.get());
        workers.execute(() -> run(abandoned.get()));
      }
    } catch (RuntimeException failed) {
      LOG.warn("Looking for abandoned submissions failed; trying again later", failed);
    }
  }

  /** Runs with a worker permit taken, and gives it back. */
  private void run(UUID submission) {
    try {
      processor.process(submission);
    } catch (RuntimeException failed) {
      LOG.errorf(
          failed, "Processing submission %s failed; it is resumed when its lease ends", submission);
    } finally {
      idle.release();
    }
  }

  private static java.util.concurrent.ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
