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

/** Reads the refusal counters newest first, optionally of one client and within a time range. */
@ApplicationScoped
class RefusalReader {

  private final Pool database;

  @Inject
  RefusalReader(Pool database) {
    this.database = database;
  }

  Uni<List<RefusalCount>> newest(AuditReader.Filter filter, Long beforeId, int limit) {
    return database
        .preparedQuery(
            "SELECT id, minute, client_id, address, status, refusals FROM refusal_count"
                + " WHERE ($1::text IS NULL OR client_id = $1)"
                + " AND ($2::timestamptz IS NULL OR minute >= $2)"
                + " AND ($3::timestamptz IS NULL OR minute < $3)"
                + " AND ($4::bigint IS NULL OR id < $4)"
                + " ORDER BY id DESC LIMIT $5")
        .execute(
            Tuple.from(
                new Object[] {
                  filter.clientId(), utc(filter.from()), utc(filter.to()), beforeId, limit
                }))
        .map(
            rows -> {
              List<RefusalCount> counts = new ArrayList<>();
              for (Row row : rows) {
                String client = row.getString("client_id");
                counts.add(
                    new RefusalCount(
                        row.getLong("id"),
                        row.getOffsetDateTime("minute").toInstant(),
                        client.equals(RefusalCounts.ANONYMOUS) ? null : client,
                        row.getString("address"),
                        row.getInteger("status"),
                        row.getLong("refusals")));
              }
              return counts;
            });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
