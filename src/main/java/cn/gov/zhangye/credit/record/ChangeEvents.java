package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Appends, in the transaction of the change, one exchange-outbox event per change and a change-feed
 * entry per change of a published record type.
 */
@ApplicationScoped
class ChangeEvents {

  private static final String OUTBOX =
      "INSERT INTO exchange_outbox (change, record_id, record_version, record_type, subject_kind,"
          + " source_client_id) SELECT c, id, v, t, k, $1 FROM unnest($2::text[], $3::int8[],"
          + " $4::int4[], $5::text[], $6::text[]) AS u(c, id, v, t, k)";

  private static final String FEED =
      "INSERT INTO change_feed (change, record_id, record_version, record_type, subject_kind)"
          + " SELECT * FROM unnest($1::text[], $2::int8[], $3::int4[], $4::text[], $5::text[])";

  /**
   * @param published whether the record type is published, so that the change enters the feed
   */
  record Change(
      RecordChange change,
      long recordId,
      int version,
      String recordType,
      SubjectKind subjectKind,
      boolean published) {}

  Uni<Void> append(SqlConnection tx, String clientId, List<Change> changes) {
    if (changes.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Change> published = changes.stream().filter(Change::published).toList();
    Uni<Void> outbox =
        tx.preparedQuery(OUTBOX)
            .execute(columns(changes).prependedWith(clientId))
            .replaceWithVoid();
    return published.isEmpty()
        ? outbox
        : outbox.flatMap(
            done -> tx.preparedQuery(FEED).execute(columns(published).tuple()).replaceWithVoid());
  }

  private static ChangeColumns columns(List<Change> changes) {
    return new ChangeColumns(
        changes.stream().map(change -> change.change().name()).toArray(String[]::new),
        changes.stream().map(Change::recordId).toArray(Long[]::new),
        changes.stream().map(Change::version).toArray(Integer[]::new),
        changes.stream().map(Change::recordType).toArray(String[]::new),
        changes.stream().map(change -> change.subjectKind().name()).toArray(String[]::new));
  }

  private record ChangeColumns(
      String[] changes, Long[] recordIds, Integer[] versions, String[] types, String[] kinds) {

    Tuple tuple() {
      return Tuple.from(new Object[] {changes, recordIds, versions, types, kinds});
    }

    Tuple prependedWith(String clientId) {
      return Tuple.from(new Object[] {clientId, changes, recordIds, versions, types, kinds});
    }
  }
}
