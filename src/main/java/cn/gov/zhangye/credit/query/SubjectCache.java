package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.cluster.SharedStateReady;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import cn.gov.zhangye.credit.record.RecordsChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Subjects with their records, cached on each replica and dropped everywhere when a record of
 * theirs changes.
 *
 * <p>Each replica keeps its own copies (a local cache, never sent over the network); a replicated
 * cache holds, per changed subject, a stamp that every change replaces cluster-wide before the
 * change is answered. A copy is used only while the stamp it was read under is still the current
 * one, so a copy read while a change was being committed is never used after it. A copy lives at
 * most {@code credit.query.cache.max-lifespan} and never past the day its earliest publication
 * ends; stamps outlive copies, so that a forgotten stamp cannot revive an old copy.
 */
@ApplicationScoped
public class SubjectCache {

  static final String COPIES = "query-subjects";
  static final String STAMPS = "query-subject-stamps";

  private static final Long NEVER_CHANGED = 0L;

  private final SnapshotLoader loader;
  private final long maxEntries;
  private final Duration maxLifespan;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private volatile Cache<String, Copy> copies;
  private volatile Cache<String, Long> stamps;

  @Inject
  SubjectCache(SnapshotLoader loader, QueryConfig config, Clock clock) {
    this.loader = loader;
    this.clock = clock;
    this.maxEntries = config.cache().maxEntries();
    this.maxLifespan = config.cache().maxLifespan();
  }

  void open(@Observes SharedStateReady ready) {
    copies = ready.state().localCache(COPIES, maxEntries);
    stamps = ready.state().cache(STAMPS);
  }

  /** The subject named by {@code code}, from the cache or read; empty when unknown. */
  public Uni<Optional<SubjectSnapshot>> get(SubjectCode code) {
    return getAll(List.of(code)).map(found -> Optional.ofNullable(found.get(code.key())));
  }

  /**
   * The subjects named by {@code codes} by {@link SubjectCode#key()}, from the cache, the missing
   * ones read together; unknown subjects are missing.
   */
  public Uni<Map<String, SubjectSnapshot>> getAll(Collection<SubjectCode> codes) {
    Cache<String, Copy> copies = opened(this.copies);
    Cache<String, Long> stamps = opened(this.stamps);
    Map<String, SubjectSnapshot> found = new HashMap<>();
    Map<String, Long> stampsRead = new HashMap<>();
    List<SubjectCode> missing = new ArrayList<>();
    for (SubjectCode code : codes) {
      Long stamp = stamps.getOrDefault(code.key(), NEVER_CHANGED);
      Copy copy = copies.get(code.key());
      if (copy != null && copy.stamp().equals(stamp)) {
        copy.subject().ifPresent(subject -> found.put(code.key(), subject));
      } else {
        stampsRead.put(code.key(), stamp);
        missing.add(code);
      }
    }
    if (missing.isEmpty()) {
      return Uni.createFrom().item(found);
    }
    return loader
        .load(missing)
        .map(
            read -> {
              stampsRead.forEach(
                  (key, stamp) -> {
                    Optional<SubjectSnapshot> subject = Optional.ofNullable(read.get(key));
                    copies.put(
                        key,
                        new Copy(stamp, subject),
                        lifespanMillis(subject),
                        TimeUnit.MILLISECONDS);
                    subject.ifPresent(value -> found.put(key, value));
                  });
              return found;
            });
  }

  void changed(@Observes RecordsChanged change) {
    forget(change);
  }

  void changedAsync(@ObservesAsync RecordsChanged change) {
    forget(change);
  }

  /** Replaces the stamps of the changed subjects on every replica, and drops the local copies. */
  private void forget(RecordsChanged change) {
    if (stamps == null) {
      return; // nothing was cached before the shared state started
    }
    Map<String, Long> fresh = new HashMap<>();
    change.subjectKeys().forEach(key -> fresh.put(key, newStamp()));
    opened(stamps).putAll(fresh, maxLifespan.toMillis() * 2, TimeUnit.MILLISECONDS);
    change.subjectKeys().forEach(opened(copies)::remove);
  }

  /** Until the end of the shorter of the maximum and the earliest last day of publication. */
  private long lifespanMillis(Optional<SubjectSnapshot> subject) {
    long max = maxLifespan.toMillis();
    return subject
        .flatMap(SubjectSnapshot::earliestPublicationEnd)
        .map(
            until -> {
              long end = ChinaTime.startOf(until.plusDays(1)).toEpochMilli();
              return Math.max(1, Math.min(max, end - clock.millis()));
            })
        .orElse(max);
  }

  private long newStamp() {
    long stamp;
    do {
      stamp = random.nextLong();
    } while (stamp == NEVER_CHANGED);
    return stamp;
  }

  private static <K, V> Cache<K, V> opened(Cache<K, V> cache) {
    if (cache == null) {
      throw new ProblemException(
          ProblemType.SERVICE_UNAVAILABLE, new Text("problem.service-unavailable.detail"));
    }
    return cache;
  }

  /** A subject as read under a stamp; empty for a code the platform did not know. */
  private record Copy(Long stamp, Optional<SubjectSnapshot> subject) {}
}
