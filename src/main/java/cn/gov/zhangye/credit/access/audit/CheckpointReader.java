package cn.gov.zhangye.credit.access.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the stored audit checkpoints: newest first for the operator, in lane order to verify. */
@ApplicationScoped
class CheckpointReader {

  private static final String COLUMNS = "c.id, c.lane, c.seq, c.head_hash, c.taken_at, c.jws";

  private final Pool database;

  @Inject
  CheckpointReader(Pool database) {
    this.database = database;
  }

  /** The newest {@code limit} checkpoints older than {@code beforeId} (if given). */
  Uni<List<AuditCheckpoint>> newest(Long beforeId, int limit) {
    return database
        .preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM audit_checkpoint c WHERE ($1::bigint IS NULL OR c.id < $1)"
                + " ORDER BY c.id DESC LIMIT $2")
        .execute(Tuple.of(beforeId, limit))
        .map(rows -> list(rows, CheckpointReader::checkpoint));
  }

  /**
   * Checkpoints in lane order after {@code (lane, seq)}, each with the hash the lane's entry at its
   * position has now (null when there is no such entry).
   */
  Uni<List<Anchored>> inLaneOrderAfter(String lane, long seq, int limit) {
    return database
        .preparedQuery(
            "SELECT "
                + COLUMNS
                + ", e.hash AS entry_hash FROM audit_checkpoint c LEFT JOIN audit_entry e"
                + " ON e.writer = c.lane AND e.seq = c.seq"
                + " WHERE (c.lane, c.seq) > ($1, $2) ORDER BY c.lane, c.seq LIMIT $3")
        .execute(Tuple.of(lane, seq, limit))
        .map(rows -> list(rows, row -> new Anchored(checkpoint(row), row.getString("entry_hash"))));
  }

  /** A checkpoint and the hash its lane holds at its position today. */
  record Anchored(AuditCheckpoint checkpoint, String entryHash) {}

  private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> of) {
    List<T> read = new ArrayList<>();
    for (Row row : rows) {
      read.add(of.apply(row));
    }
    return read;
  }

  private static AuditCheckpoint checkpoint(Row row) {
    return new AuditCheckpoint(
        row.getLong("id"),
        row.getString("lane"),
        row.getLong("seq"),
        row.getString("head_hash"),
        row.getOffsetDateTime("taken_at").toInstant(),
        row.getString("jws"));
  }
}
