package cn.gov.zhangye.credit.record;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The changes of a stored record other than a new submission (public API of the record store).
 *
 * <p>Revocation (撤销): a new version marks it revoked, so that it leaves every output while its
 * history stays; the journal receives the change in the same transaction. Revoking a revoked record
 * changes nothing.
 */
@ApplicationScoped
public class RecordCommands {

  private static final String REVOKE =
      "UPDATE credit_record SET status = 'REVOKED', version = version + 1, updated_at = $2"
          + " WHERE id = $1 RETURNING version";

  private static final String REVOKED_VERSION =
      "INSERT INTO credit_record_version (record_id, version, change, content_hash, fields, sealed,"
          + " decision_date, publication_until, reason, recorded_at)"
          + " SELECT record_id, $2, 'REVOKED', content_hash, fields, sealed, decision_date,"
          + " publication_until, $3, $4 FROM credit_record_version"
          + " WHERE record_id = $1 AND version = $2 - 1";

  private final Pool database;
  private final RecordRepository records;
  private final RecordJournal journal;
  private final Event<RecordsChanged> changes;
  private final Clock clock;

  @Inject
  RecordCommands(
      Pool database,
      RecordRepository records,
      RecordJournal journal,
      Event<RecordsChanged> changes,
      Clock clock) {
    this.database = database;
    this.clock = clock;
    this.records = records;
    this.journal = journal;
    this.changes = changes;
  }

  /**
   * The record after revocation; empty when the client has no such record. Once the revocation is
   * committed, and before it is answered, the readers of the subject learn that the record left the
   * outputs; the observers may block (a cluster-wide write), so they run off the event loop.
   */
  public Uni<Optional<RecordView>> revoke(
      String clientId, String recordType, String sourceRef, String reason) {
    return database
        .withTransaction(
            tx ->
                records
                    .find(tx, clientId, recordType, sourceRef, true)
                    .flatMap(
                        found -> {
                          if (found.isEmpty() || "REVOKED".equals(found.get().view().status())) {
                            return Uni.createFrom().item(new Revoked(found, false));
                          }
                          return revoke(tx, found.get(), reason)
                              .flatMap(
                                  done -> records.find(tx, clientId, recordType, sourceRef, false))
                              .map(revoked -> new Revoked(revoked, true));
                        }))
        .call(this::announce)
        .map(revoked -> revoked.record().map(StoredRecord::view));
  }

  private Uni<Void> revoke(SqlConnection tx, StoredRecord record, String reason) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return tx.preparedQuery(REVOKE)
        .execute(Tuple.of(record.id(), now))
        .map(rows -> rows.iterator().next().getInteger("version"))
        .flatMap(
            version ->
                tx.preparedQuery(REVOKED_VERSION)
                    .execute(Tuple.of(record.id(), version, reason, now))
                    .flatMap(
                        inserted ->
                            journal.append(
                                tx,
                                List.of(
                                    new RecordJournal.Change(
                                        RecordChange.REVOKED, record.id(), version)))));
  }

  private Uni<Void> announce(Revoked revoked) {
    if (!revoked.changed() || revoked.record().isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Uni.createFrom()
        .completionStage(
            changes.fireAsync(new RecordsChanged(Set.of(revoked.record().get().subjectKey()))))
        .replaceWithVoid();
  }

  /** The record as read after the transaction, and whether this call revoked it. */
  private record Revoked(Optional<StoredRecord> record, boolean changed) {}
}
