package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Revokes (撤销) a record: a new version marks it revoked, so that it leaves every output while its
 * history stays; the outbox and the change feed learn of it in the same transaction. Revoking a
 * revoked record changes nothing.
 */
@ApplicationScoped
class RecordRevocation {

  private static final String REVOKE =
      "UPDATE credit_record SET status = 'REVOKED', version = version + 1, updated_at = now()"
          + " WHERE id = $1 RETURNING version";

  private static final String REVOKED_VERSION =
      "INSERT INTO credit_record_version (record_id, version, change, content_hash, fields, sealed,"
          + " decision_date, publication_until, reason, recorded_at)"
          + " SELECT record_id, $2, 'REVOKED', content_hash, fields, sealed, decision_date,"
          + " publication_until, $3, now() FROM credit_record_version"
          + " WHERE record_id = $1 AND version = $2 - 1";

  private final Pool database;
  private final RecordRepository records;
  private final ChangeEvents events;
  private final Catalog catalog;

  @Inject
  RecordRevocation(Pool database, RecordRepository records, ChangeEvents events, Catalog catalog) {
    this.database = database;
    this.records = records;
    this.events = events;
    this.catalog = catalog;
  }

  /** The record after revocation; empty when the client has no such record. */
  Uni<Optional<RecordView>> revoke(
      String clientId, String recordType, String sourceRef, String reason) {
    return database.withTransaction(
        tx ->
            records
                .find(tx, clientId, recordType, sourceRef, true)
                .flatMap(
                    found -> {
                      if (found.isEmpty() || "REVOKED".equals(found.get().status())) {
                        return Uni.createFrom().item(found);
                      }
                      RecordView record = found.get();
                      return records
                          .id(tx, clientId, recordType, sourceRef)
                          .flatMap(
                              id ->
                                  tx.preparedQuery(REVOKE)
                                      .execute(Tuple.of(id))
                                      .map(rows -> rows.iterator().next().getInteger("version"))
                                      .flatMap(
                                          version ->
                                              tx.preparedQuery(REVOKED_VERSION)
                                                  .execute(Tuple.of(id, version, reason))
                                                  .flatMap(
                                                      inserted ->
                                                          events.append(
                                                              tx,
                                                              clientId,
                                                              List.of(
                                                                  change(record, id, version))))))
                          .flatMap(
                              done -> records.find(tx, clientId, recordType, sourceRef, false));
                    }));
  }

  private ChangeEvents.Change change(RecordView record, long id, int version) {
    RecordType type = catalog.requireRecordType(record.recordType());
    return new ChangeEvents.Change(
        RecordChange.REVOKED,
        id,
        version,
        type.code(),
        SubjectKind.valueOf(record.subject().kind()),
        type.sharing() == SharingLevel.PUBLIC);
  }
}
