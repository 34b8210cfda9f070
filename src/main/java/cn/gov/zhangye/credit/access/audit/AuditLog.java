package cn.gov.zhangye.credit.access.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Appends entries to the audit log. Each replica writes several hash chains (lanes) of its own, so
 * that requests are never serialised across the cluster and only briefly within a lane.
 */
@ApplicationScoped
public class AuditLog {

  private final Pool database;
  private final List<AuditLane> lanes = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  @Inject
  AuditLog(Pool database, AuditConfig config) {
    this.database = database;
    String replica = UUID.randomUUID().toString();
    for (int lane = 0; lane < config.lanes(); lane++) {
      lanes.add(new AuditLane(replica + "/" + lane));
    }
  }

  /** Stores {@code entry}; completes only once it is committed. */
  public Uni<Void> append(AuditEntry entry) {
    AuditLane lane = lanes.get(Math.floorMod(next.getAndIncrement(), lanes.size()));
    return Uni.createFrom().completionStage(() -> lane.append(entry, this::store));
  }

  /** The heads of this replica's lanes that hold entries. */
  List<LaneHead> heads() {
    return lanes.stream().flatMap(lane -> lane.head().stream()).toList();
  }

  /** Writes a linked group of entries in one statement, so in one transaction. */
  CompletionStage<Void> store(List<ChainedEntry> group) {
    int size = group.size();
    Object[][] columns = new Object[13][];
    columns[0] = new String[size];
    columns[1] = new Long[size];
    columns[2] = new OffsetDateTime[size];
    for (int c = 3; c < 13; c++) {
      columns[c] = c == 9 ? new Integer[size] : new String[size];
    }
    for (int i = 0; i < size; i++) {
      ChainedEntry chained = group.get(i);
      AuditEntry entry = chained.entry();
      columns[0][i] = chained.writer();
      columns[1][i] = chained.seq();
      columns[2][i] = entry.occurredAt().atOffset(ZoneOffset.UTC);
      columns[3][i] = entry.clientId();
      columns[4][i] = entry.kind().name();
      columns[5][i] = entry.operation();
      columns[6][i] = entry.targetSubject();
      columns[7][i] = entry.purpose();
      columns[8][i] = entry.consentReference();
      columns[9][i] = entry.status();
      columns[10][i] = entry.requestId();
      columns[11][i] = chained.previousHash();
      columns[12][i] = chained.hash();
    }
    return database
        .preparedQuery(
            "INSERT INTO audit_entry (writer, seq, occurred_at, client_id, kind, operation,"
                + " target_subject, purpose, consent_reference, status, request_id, previous_hash,"
                + " hash) SELECT * FROM unnest($1::text[], $2::int8[], $3::timestamptz[],"
                + " $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],"
                + " $10::int4[], $11::text[], $12::text[], $13::text[])")
        .execute(Tuple.from(columns))
        .replaceWithVoid()
        .subscribeAsCompletionStage();
  }
}
