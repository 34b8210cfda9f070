package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import cn.gov.zhangye.credit.platform.jobs.Ticker;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refused calls (401, 403, 429) per minute, client, address and status. A refusal only adds
 * one to a counter in memory; every {@value #FLUSH_MILLIS} ms the counts are added to {@code
 * refusal_count} in one statement, and once more at shutdown. Counts a flush cannot store are kept
 * for the next.
 */
@ApplicationScoped
class RefusalCounts {

  private static final long FLUSH_MILLIS = 1000;

  /** An anonymous caller's client id in the table, whose unique key admits no null. */
  static final String ANONYMOUS = "";

  private final Pool database;
  private final Clock clock;
  private final Map<Key, Long> pending = new ConcurrentHashMap<>();
  private final Ticker ticker = new Ticker("refusal-counts", this::flush);

  @Inject
  RefusalCounts(Pool database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  void start(@Observes SchemaReady ready) {
    ticker.start(Duration.ofMillis(FLUSH_MILLIS));
  }

  void stop(@Observes ShutdownEvent shutdown) {
    ticker.stop();
  }

  /** Counts one refusal now; {@code clientId} is null for an anonymous caller. */
  void count(String clientId, String address, int status) {
    Key key =
        new Key(
            clock.instant().truncatedTo(ChronoUnit.MINUTES),
            clientId == null ? ANONYMOUS : clientId,
            address,
            status);
    pending.merge(key, 1L, Long::sum);
  }

  /** Adds the counts so far to the table. Blocking. */
  void flush() {
    Map<Key, Long> taken = new HashMap<>();
    for (Key key : List.copyOf(pending.keySet())) {
      Long count = pending.remove(key);
      if (count != null) {
        taken.put(key, count);
      }
    }
    if (taken.isEmpty()) {
      return;
    }
    try {
      BlockingTransactions.await(store(taken));
    } catch (RuntimeException failed) {
      taken.forEach((key, count) -> pending.merge(key, count, Long::sum));
      throw failed;
    }
  }

  private Uni<?> store(Map<Key, Long> counts) {
    List<OffsetDateTime> minutes = new ArrayList<>();
    List<String> clients = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    List<Long> refusals = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          minutes.add(key.minute().atOffset(ZoneOffset.UTC));
          clients.add(key.clientId());
          addresses.add(key.address());
          statuses.add(key.status());
          refusals.add(count);
        });
    return database
        .preparedQuery(
            "INSERT INTO refusal_count (minute, client_id, address, status, refusals)"
                + " SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::int4[],"
                + " $5::int8[]) ON CONFLICT (minute, client_id, address, status)"
                + " DO UPDATE SET refusals = refusal_count.refusals + EXCLUDED.refusals")
        .execute(
            Tuple.of(
                minutes.toArray(OffsetDateTime[]::new),
                clients.toArray(String[]::new),
                addresses.toArray(String[]::new),
                statuses.toArray(Integer[]::new),
                refusals.toArray(Long[]::new)));
  }

  private record Key(Instant minute, String clientId, String address, int status) {}
}
