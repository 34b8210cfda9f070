package cn.gov.zhangye.credit.access.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  private CompletionStage<Void> store(ChainedEntry chained) {
    AuditEntry entry = chained.entry();
    return database
        .preparedQuery(
            "INSERT INTO audit_entry (writer, seq, occurred_at, client_id, kind, operation,"
                + " target_subject, purpose, consent_reference, status, request_id, previous_hash,"
                + " hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .execute(
            Tuple.from(
                new Object[] {
                  chained.writer(),
                  chained.seq(),
                  entry.occurredAt().atOffset(ZoneOffset.UTC),
                  entry.clientId(),
                  entry.kind().name(),
                  entry.operation(),
                  entry.targetSubject(),
                  entry.purpose(),
                  entry.consentReference(),
                  entry.status(),
                  entry.requestId(),
                  chained.previousHash(),
                  chained.hash()
                }))
        .replaceWithVoid()
        .subscribeAsCompletionStage();
  }
}
