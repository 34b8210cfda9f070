package cn.gov.zhangye.credit.platform.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Work a feature keeps in rows of its own table, done in the background by one replica at a time
 * under a lease: a replica claims a row whose lease ran out (its owner crashed, stopped or never
 * started) with {@code FOR UPDATE SKIP LOCKED}, and processes it, renewing the lease as it makes
 * progress. {@link BackgroundWork} runs every bean of this type.
 *
 * @param <K> what identifies one piece of work
 */
public interface ClaimableWork<K> {

  /** A short name, for threads and logs. */
  String name();

  /** How many pieces of this work one replica processes at the same time. */
  int concurrency();

  /** How long a claim lasts without renewal. */
  Duration lease();

  /** How often each replica looks for abandoned work. */
  Duration pollInterval();

  /** Claims, under {@code lease}, one piece of work nobody holds, if there is one. Blocking. */
  Optional<K> claimAbandoned(Lease lease);

  /** Processes a piece of work this replica holds, to its end or until it loses it. Blocking. */
  void process(K work);
}
