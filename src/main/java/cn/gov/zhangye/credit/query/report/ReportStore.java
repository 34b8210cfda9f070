package cn.gov.zhangye.credit.query.report;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Optional;

/** Keeps issued reports (credit_report) for their verification. */
@ApplicationScoped
class ReportStore {

  private static final String INSERT =
      "INSERT INTO credit_report (number, client_id, subject_key, as_of_position, issued_at,"
          + " expires_at, content_hash, kid, document_hash)"
          + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

  private static final String FIND =
      "SELECT number, client_id, subject_key, as_of_position, issued_at, expires_at,"
          + " content_hash, kid, document_hash FROM credit_report WHERE number = $1";

  private final Pool database;

  ReportStore(Pool database) {
    this.database = database;
  }

  Uni<Void> save(StoredReport report) {
    return database
        .preparedQuery(INSERT)
        .execute(
            Tuple.tuple()
                .addString(report.number())
                .addString(report.clientId())
                .addString(report.subjectKey())
                .addLong(report.asOfPosition())
                .addOffsetDateTime(report.issuedAt().atOffset(ZoneOffset.UTC))
                .addOffsetDateTime(report.expiresAt().atOffset(ZoneOffset.UTC))
                .addBuffer(Buffer.buffer(report.contentHash()))
                .addString(report.keyId())
                .addValue(
                    report.documentHash() == null
                        ? null
                        : Buffer.buffer(report.documentHash()).getDelegate()))
        .replaceWithVoid();
  }

  Uni<Optional<StoredReport>> find(String number) {
    return database
        .preparedQuery(FIND)
        .execute(Tuple.of(number))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(stored(rows.iterator().next())));
  }

  private static StoredReport stored(Row row) {
    Buffer document = row.getBuffer("document_hash");
    return new StoredReport(
        row.getString("number"),
        row.getString("client_id"),
        row.getString("subject_key"),
        row.getLong("as_of_position"),
        row.getOffsetDateTime("issued_at").toInstant(),
        row.getOffsetDateTime("expires_at").toInstant(),
        row.getBuffer("content_hash").getBytes(),
        row.getString("kid"),
        document == null ? null : document.getBytes());
  }
}
