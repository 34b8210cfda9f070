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
import java.util.Arrays;
import java.util.List;

/**
 * An agency's own reads from the audit log (public API of the audit log): its READ entries of the
 * operations under some paths, newest first. The query history of credit agencies is made of them.
 */
@ApplicationScoped
public class AgencyQueryLog {

  private static final String READS =
      "SELECT id, writer, seq, occurred_at, client_id, kind, operation, target_subject, purpose,"
          + " consent_reference, status, request_id, previous_hash, hash FROM audit_entry"
          + " WHERE client_id = $1 AND kind = 'READ'"
          + " AND operation LIKE ANY (SELECT '% ' || p || '%' FROM unnest($2::text[]) AS p)"
          + " AND ($3::timestamptz IS NULL OR occurred_at >= $3)"
          + " AND ($4::timestamptz IS NULL OR occurred_at < $4)"
          + " AND ($5::text IS NULL OR position(' ' || $5 || ' ' IN ' ' || target_subject || ' ') > 0)"
          + " AND ($6::bigint IS NULL OR id < $6)"
          + " ORDER BY id DESC LIMIT $7";

  private final Pool database;

  @Inject
  AgencyQueryLog(Pool database) {
    this.database = database;
  }

  /**
   * Up to {@code limit} READ entries of {@code clientId} on operations whose path starts with one
   * of {@code pathPrefixes}, newest first.
   *
   * @param from only entries at or after it; null for no bound
   * @param to only entries before it; null for no bound
   * @param subjectKey only entries about this subject key; null for all
   * @param beforeId only entries older than this entry id; null for the newest
   */
  public Uni<List<AuditRecord>> reads(
      String clientId,
      List<String> pathPrefixes,
      Instant from,
      Instant to,
      String subjectKey,
      Long beforeId,
      int limit) {
    return database
        .preparedQuery(READS)
        .execute(
            Tuple.from(
                Arrays.asList(
                    clientId,
                    pathPrefixes.toArray(String[]::new),
                    utc(from),
                    utc(to),
                    subjectKey,
                    beforeId,
                    limit)))
        .map(
            rows -> {
              List<AuditRecord> entries = new ArrayList<>();
              for (Row row : rows) {
                entries.add(AuditReader.record(row));
              }
              return entries;
            });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
