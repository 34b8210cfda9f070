package cn.gov.zhangye.credit.platform.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job that runs once across the cluster each time it is due, every {@link #interval} from its
 * last run. After downtime it runs once, at the first chance, and does then all that fell due
 * meanwhile: {@link #run} is told the current instant, not the instants it missed. {@link
 * Schedules} runs every bean of this type.
 */
public interface ScheduledJob {

  /** The job's name in the schedule table; never change it once deployed. */
  String name();

  /** How long after a run the next one is due. */
  Duration interval();

  /**
   * Does what is due by {@code now}. Idempotent: a run cut short (a crash) is done again by the
   * next one, and a run that outlives its lease may meet another. Blocking.
   */
  void run(Instant now);
}
