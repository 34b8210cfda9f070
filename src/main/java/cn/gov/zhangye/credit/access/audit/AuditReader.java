package cn.gov.zhangye.credit.access.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads audit entries newest first, with optional filters. */
@ApplicationScoped
class AuditReader {

  private static final String COLUMNS =
      "id, writer, seq, occurred_at, client_id, kind, operation, target_subject, purpose,"
          + " consent_reference, status, request_id, previous_hash, hash";

  private final Pool database;

  @Inject
  AuditReader(Pool database) {
    this.database = database;
  }

  /** Filters of a listing; null members do not filter. */
  record Filter(String clientId, AuditKind kind, Instant from, Instant to) {}

  /** The newest {@code limit} entries of {@code filter} older than {@code beforeId} (if given). */
  Uni<List<AuditRecord>> entries(Filter filter, Long beforeId, int limit) {
    return database
        .preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM audit_entry WHERE ($1::text IS NULL OR client_id = $1)"
                + " AND ($2::text IS NULL OR kind = $2)"
                + " AND ($3::timestamptz IS NULL OR occurred_at >= $3)"
                + " AND ($4::timestamptz IS NULL OR occurred_at < $4)"
                + " AND ($5::bigint IS NULL OR id < $5)"
                + " ORDER BY id DESC LIMIT $6")
        .execute(
            Tuple.from(
                new Object[] {
                  filter.clientId(),
                  filter.kind() == null ? null : filter.kind().name(),
                  utc(filter.from()),
                  utc(filter.to()),
                  beforeId,
                  limit
                }))
        .map(
            rows -> {
              List<AuditRecord> entries = new ArrayList<>();
              for (Row row : rows) {
                entries.add(record(row));
              }
              return entries;
            });
  }

  /** Entries of every chain in chain order, after the position {@code (writer, seq)}. */
  Uni<List<ChainedRow>> chainsAfter(String writer, long seq, int size) {
    return database
        .preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM audit_entry WHERE (writer, seq) > ($1, $2) ORDER BY writer, seq LIMIT $3")
        .execute(Tuple.of(writer, seq, size))
        .map(
            rows -> {
              List<ChainedRow> chained = new ArrayList<>();
              for (Row row : rows) {
                chained.add(new ChainedRow(row.getLong("id"), chainedEntry(row)));
              }
              return chained;
            });
  }

  /** A stored entry with its row id. */
  record ChainedRow(long id, ChainedEntry entry) {}

  static AuditRecord record(Row row) {
    AuditEntry entry = entry(row);
    return new AuditRecord(
        row.getLong("id"),
        entry.occurredAt(),
        entry.clientId(),
        entry.kind(),
        entry.operation(),
        entry.targetSubject(),
        entry.purpose(),
        entry.consentReference(),
        entry.status(),
        entry.requestId(),
        row.getString("writer"),
        row.getLong("seq"),
        row.getString("hash"));
  }

  private static ChainedEntry chainedEntry(Row row) {
    return new ChainedEntry(
        row.getString("writer"),
        row.getLong("seq"),
        entry(row),
        row.getString("previous_hash"),
        row.getString("hash"));
  }

  private static AuditEntry entry(Row row) {
    return new AuditEntry(
        row.getOffsetDateTime("occurred_at").toInstant(),
        row.getString("client_id"),
        AuditKind.valueOf(row.getString("kind")),
        row.getString("operation"),
        row.getString("target_subject"),
        row.getString("purpose"),
        row.getString("consent_reference"),
        row.getInteger("status"),
        row.getString("request_id"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
