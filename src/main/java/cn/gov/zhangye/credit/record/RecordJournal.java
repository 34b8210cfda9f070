package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The change journal: one entry per committed change of a record, appended in the transaction of
 * the change, read in journal order after a cursor. A read takes only entries whose transaction id
 * is below that of every transaction still in progress, ordered by that id and the position, so
 * that an entry committed late is never passed over (the rule and its proof are in {@code
 * V8__record_change_journal.sql} and docs/adr/0003-change-journal-as-outbox.md). The changes of one
 * record keep the order of their commits.
 */
@ApplicationScoped
public class RecordJournal {

  // The record's own row gives the subject, division, type and source as they are after the
  // change; the transaction id is raised to the record's earlier entries to keep their order.
  private static final String APPEND =
      "INSERT INTO record_change (order_xid, kind, record_id, record_version, record_type,"
          + " subject_kind, subject_id, division_code, source_client_id, published, occurred_at)"
          + " SELECT greatest(pg_current_xact_id(),"
          + " (SELECT max(j.order_xid) FROM record_change j WHERE j.record_id = c.id)),"
          + " u.kind, c.id, u.version, c.record_type, c.subject_kind,"
          + " coalesce(c.legal_person_id, c.natural_person_id), c.division_code,"
          + " c.source_client_id, c.record_type = ANY($4::text[]), $5"
          + " FROM unnest($1::text[], $2::int8[], $3::int4[]) WITH ORDINALITY AS u(kind, id, version, n)"
          + " JOIN credit_record c ON c.id = u.id ORDER BY u.n";

  private static final String READ =
      "SELECT order_xid::text AS cursor_xid, position, kind, record_id, record_version,"
          + " record_type, subject_kind, subject_id, division_code, source_client_id, published,"
          + " occurred_at FROM record_change"
          + " WHERE (order_xid, position) > ($1::text::xid8, $2)"
          + " AND order_xid < pg_snapshot_xmin(pg_current_snapshot())";

  private static final String IN_ORDER = " ORDER BY order_xid, position LIMIT $3";

  private final Pool database;
  private final String[] publishedTypes;
  private final Clock clock;

  @Inject
  RecordJournal(Pool database, Catalog catalog, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.publishedTypes =
        catalog.recordTypes().stream()
            .filter(type -> type.sharing() == SharingLevel.PUBLIC)
            .map(RecordType::code)
            .toArray(String[]::new);
  }

  /** A change to append: the record and its version after the change. */
  public record Change(RecordChange kind, long recordId, int version) {}

  /**
   * Appends {@code changes}, in this order, in one statement inside the caller's transaction {@code
   * tx}: they commit or roll back with it. Each record must exist in {@code tx}, as it is after the
   * change.
   */
  public Uni<Void> append(SqlConnection tx, List<Change> changes) {
    if (changes.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Tuple columns =
        Tuple.of(
            changes.stream().map(change -> change.kind().name()).toArray(String[]::new),
            changes.stream().map(Change::recordId).toArray(Long[]::new),
            changes.stream().map(Change::version).toArray(Integer[]::new),
            publishedTypes,
            clock.instant().atOffset(ZoneOffset.UTC));
    return tx.preparedQuery(APPEND)
        .execute(columns)
        .invoke(
            rows -> {
              if (rows.rowCount() != changes.size()) {
                throw new IllegalStateException("A journal change names no record: " + changes);
              }
            })
        .replaceWithVoid();
  }

  /**
   * Up to {@code limit} entries after {@code after}, in journal order; none when no entry after it
   * has become readable yet. A reader goes on from the cursor of the last entry.
   */
  public Uni<List<JournalEntry>> read(JournalCursor after, int limit) {
    return read(READ + IN_ORDER, after, limit);
  }

  /** As {@link #read}, but only the entries of published record types: the open-data changes. */
  public Uni<List<JournalEntry>> readPublished(JournalCursor after, int limit) {
    return read(READ + " AND published" + IN_ORDER, after, limit);
  }

  private Uni<List<JournalEntry>> read(String sql, JournalCursor after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A journal read takes at least one entry: " + limit);
    }
    return database
        .preparedQuery(sql)
        .execute(Tuple.of(Long.toString(after.orderXid()), after.position(), limit))
        .map(
            rows -> {
              List<JournalEntry> entries = new ArrayList<>(rows.size());
              rows.forEach(row -> entries.add(entry(row)));
              return entries;
            });
  }

  private static JournalEntry entry(Row row) {
    long position = row.getLong("position");
    return new JournalEntry(
        new JournalCursor(Long.parseLong(row.getString("cursor_xid")), position),
        position,
        RecordChange.valueOf(row.getString("kind")),
        row.getLong("record_id"),
        row.getInteger("record_version"),
        row.getString("record_type"),
        SubjectKind.valueOf(row.getString("subject_kind")),
        row.getLong("subject_id"),
        row.getString("division_code"),
        row.getString("source_client_id"),
        row.getBoolean("published"),
        row.getOffsetDateTime("occurred_at").toInstant());
  }
}
