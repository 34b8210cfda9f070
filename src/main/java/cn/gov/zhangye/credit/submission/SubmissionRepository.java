package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.jobs.Lease;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions and their record errors in PostgreSQL, through the Vert.x SQL client so that a
 * chunk's progress is written in the transaction of its records. Blocking: call on a worker thread.
 */
@ApplicationScoped
class SubmissionRepository {

  private static final String COLUMNS =
      "id, client_id, idempotency_key, fingerprint, media_type, atomic, status, record_count,"
          + " body_bytes, chunks_done, created, corrected, unchanged, rejected, received_at,"
          + " completed_at";

  private final Pool database;

  @Inject
  SubmissionRepository(Pool database) {
    this.database = database;
  }

  Optional<Submission> find(UUID id) {
    return one(database, "SELECT " + COLUMNS + " FROM submission WHERE id = $1", Tuple.of(id));
  }

  Optional<Submission> findByKey(String clientId, String idempotencyKey) {
    return one(
        database,
        "SELECT " + COLUMNS + " FROM submission WHERE client_id = $1 AND idempotency_key = $2",
        Tuple.of(clientId, idempotencyKey));
  }

  /** Inserts a submission being received, held under {@code lease}; its body follows. */
  void insertReceiving(
      SqlClient tx,
      UUID id,
      String clientId,
      String idempotencyKey,
      String mediaType,
      boolean atomic,
      Lease lease) {
    await(
        tx.preparedQuery(
                "INSERT INTO submission (id, client_id, idempotency_key, fingerprint, media_type,"
                    + " atomic, status, record_count, body_bytes, lease_owner, lease_until,"
                    + " received_at) VALUES ($1, $2, $3, '\\x'::bytea, $4, $5, 'RECEIVED', 0, 0,"
                    + " $6, $7, $8)")
            .execute(
                Tuple.from(
                    new Object[] {
                      id,
                      clientId,
                      idempotencyKey,
                      mediaType,
                      atomic,
                      lease.owner(),
                      lease.untilUtc(),
                      lease.nowUtc()
                    })));
  }

  void received(SqlClient tx, UUID id, byte[] fingerprint, int recordCount, long bodyBytes) {
    await(
        tx.preparedQuery(
                "UPDATE submission SET fingerprint = $2, record_count = $3, body_bytes = $4"
                    + " WHERE id = $1")
            .execute(Tuple.of(id, Buffer.buffer(fingerprint), recordCount, bodyBytes)));
  }

  /**
   * Takes over an unfinished submission whose owner stopped showing progress.
   *
   * @return whether the caller now holds it under {@code lease}
   */
  boolean claim(UUID id, Lease lease) {
    return await(
                database
                    .preparedQuery(
                        "UPDATE submission SET lease_owner = $2, lease_until = $3"
                            + " WHERE id = $1 AND status IN ('RECEIVED', 'PROCESSING')"
                            + " AND lease_until < $4")
                    .execute(Tuple.of(id, lease.owner(), lease.untilUtc(), lease.nowUtc())))
            .rowCount()
        == 1;
  }

  /** Claims the oldest abandoned submission under {@code lease}, if there is one. */
  Optional<UUID> claimAbandoned(Lease lease) {
    RowSet<Row> rows =
        await(
            database
                .preparedQuery(
                    "UPDATE submission SET lease_owner = $1, lease_until = $2"
                        + " WHERE id = (SELECT id FROM submission"
                        + " WHERE status IN ('RECEIVED', 'PROCESSING') AND lease_until < $3"
                        + " ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id")
                .execute(Tuple.of(lease.owner(), lease.untilUtc(), lease.nowUtc())));
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id"));
  }

  /**
   * Marks a submission held under {@code lease} as being processed, renewing the lease.
   *
   * @return false when the caller no longer holds it
   */
  boolean startProcessing(UUID id, Lease lease) {
    return await(
                database
                    .preparedQuery(
                        "UPDATE submission SET status = 'PROCESSING', lease_until = $3"
                            + " WHERE id = $1 AND lease_owner = $2"
                            + " AND status IN ('RECEIVED', 'PROCESSING')")
                    .execute(Tuple.of(id, lease.owner(), lease.untilUtc())))
            .rowCount()
        == 1;
  }

  /**
   * Records that chunk {@code chunk} is written, in its transaction, renewing the lease.
   *
   * @return false when the caller no longer owns the submission: the transaction must roll back
   */
  boolean chunkWritten(SqlClient tx, UUID id, int chunk, SubmissionCounts delta, Lease renewed) {
    return await(
                tx.preparedQuery(
                        "UPDATE submission SET chunks_done = $3 + 1, created = created + $4,"
                            + " corrected = corrected + $5, unchanged = unchanged + $6,"
                            + " rejected = rejected + $7, lease_until = $8"
                            + " WHERE id = $1 AND lease_owner = $2 AND chunks_done = $3")
                    .execute(
                        Tuple.from(
                            new Object[] {
                              id,
                              renewed.owner(),
                              chunk,
                              delta.created(),
                              delta.corrected(),
                              delta.unchanged(),
                              delta.rejected(),
                              renewed.untilUtc()
                            })))
            .rowCount()
        == 1;
  }

  void renewLease(UUID id, Lease renewed) {
    await(
        database
            .preparedQuery(
                "UPDATE submission SET lease_until = $3 WHERE id = $1 AND lease_owner = $2")
            .execute(Tuple.of(id, renewed.owner(), renewed.untilUtc())));
  }

  /** Marks a submission finished at {@code now} with the counts its chunks recorded. */
  void complete(SqlClient tx, UUID id, Instant now) {
    await(
        tx.preparedQuery(
                "UPDATE submission SET status = 'COMPLETED', completed_at = $2,"
                    + " lease_owner = NULL, lease_until = NULL WHERE id = $1")
            .execute(Tuple.of(id, now.atOffset(ZoneOffset.UTC))));
  }

  /** Marks an atomic submission refused as a whole at {@code now}: nothing was written. */
  void reject(SqlClient tx, UUID id, int rejectedRecords, Instant now) {
    await(
        tx.preparedQuery(
                "UPDATE submission SET status = 'REJECTED', created = 0, corrected = 0,"
                    + " unchanged = 0, rejected = $2, completed_at = $3, lease_owner = NULL,"
                    + " lease_until = NULL WHERE id = $1")
            .execute(Tuple.of(id, rejectedRecords, now.atOffset(ZoneOffset.UTC))));
  }

  void saveErrors(SqlClient tx, UUID id, List<RecordError> errors, Instant now) {
    if (errors.isEmpty()) {
      return;
    }
    int size = errors.size();
    Integer[] indexes = new Integer[size];
    Integer[] seqs = new Integer[size];
    Long[] lines = new Long[size];
    String[] types = new String[size];
    String[] refs = new String[size];
    String[] pointers = new String[size];
    String[] codes = new String[size];
    String[] keys = new String[size];
    String[] arguments = new String[size];
    int previousIndex = -1;
    int seq = 0;
    for (int i = 0; i < size; i++) {
      RecordError error = errors.get(i);
      seq = error.index() == previousIndex ? seq + 1 : 0;
      previousIndex = error.index();
      indexes[i] = error.index();
      seqs[i] = seq;
      lines[i] = error.line();
      types[i] = error.recordType();
      refs[i] = error.sourceRef();
      pointers[i] = error.violation().pointer();
      codes[i] = error.violation().code();
      keys[i] = error.violation().message().key();
      arguments[i] =
          new JsonArray(
                  Arrays.stream(error.violation().message().arguments())
                      .map(
                          argument ->
                              argument instanceof Number ? argument : String.valueOf(argument))
                      .toList())
              .encode();
    }
    await(
        tx.preparedQuery(
                "INSERT INTO submission_error (submission_id, record_index, seq, line, record_type,"
                    + " source_ref, pointer, code, message_key, message_args, recorded_at)"
                    + " SELECT $1, i, s, l, t, r, p, c, k, a::jsonb, $11 FROM unnest($2::int4[],"
                    + " $3::int4[], $4::int8[], $5::text[], $6::text[], $7::text[], $8::text[],"
                    + " $9::text[], $10::text[]) AS u(i, s, l, t, r, p, c, k, a)")
            .execute(
                Tuple.from(
                    new Object[] {
                      id,
                      indexes,
                      seqs,
                      lines,
                      types,
                      refs,
                      pointers,
                      codes,
                      keys,
                      arguments,
                      now.atOffset(ZoneOffset.UTC)
                    })));
  }

  /** A client's submissions, newest first, after {@code after} (from the newest when null). */
  List<Submission> page(String clientId, SubmissionKey after, int size) {
    RowSet<Row> rows =
        await(
            database
                .preparedQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM submission WHERE client_id = $1 AND ($2::timestamptz IS NULL OR"
                        + " (received_at, id) < ($2, $3::uuid)) ORDER BY received_at DESC, id DESC"
                        + " LIMIT $4")
                .execute(
                    Tuple.of(
                        clientId,
                        after == null ? null : after.receivedAt().atOffset(ZoneOffset.UTC),
                        after == null ? null : after.id(),
                        size)));
    List<Submission> page = new ArrayList<>();
    rows.forEach(row -> page.add(submission(row)));
    return page;
  }

  /** Errors in record order, from the record {@code fromIndex} on. */
  List<StoredError> errors(UUID id, int fromIndex, int size) {
    return errors(
        "record_index >= $2 ORDER BY record_index, seq LIMIT $3", Tuple.of(id, fromIndex, size));
  }

  /** All errors of the record {@code index}. */
  List<StoredError> recordErrors(UUID id, int index) {
    return errors("record_index = $2 ORDER BY seq", Tuple.of(id, index));
  }

  private List<StoredError> errors(String selection, Tuple arguments) {
    RowSet<Row> rows =
        await(
            database
                .preparedQuery(
                    "SELECT record_index, seq, line, record_type, source_ref, pointer, code,"
                        + " message_key, message_args FROM submission_error"
                        + " WHERE submission_id = $1 AND "
                        + selection)
                .execute(arguments));
    List<StoredError> errors = new ArrayList<>();
    rows.forEach(row -> errors.add(StoredError.of(row)));
    return errors;
  }

  /** The first {@code each} errors, in record order, of every submission of {@code ids}. */
  Map<UUID, List<StoredError>> firstErrors(List<UUID> ids, int each) {
    RowSet<Row> rows =
        await(
            database
                .preparedQuery(
                    "SELECT submission_id, record_index, seq, line, record_type, source_ref,"
                        + " pointer, code, message_key, message_args FROM ("
                        + " SELECT *, row_number() OVER (PARTITION BY submission_id"
                        + " ORDER BY record_index, seq) AS n FROM submission_error"
                        + " WHERE submission_id = ANY($1::uuid[])) e"
                        + " WHERE n <= $2 ORDER BY submission_id, record_index, seq")
                .execute(Tuple.of(ids.toArray(UUID[]::new), each)));
    Map<UUID, List<StoredError>> errors = new HashMap<>();
    rows.forEach(
        row ->
            errors
                .computeIfAbsent(row.getUUID("submission_id"), id -> new ArrayList<>())
                .add(StoredError.of(row)));
    return errors;
  }

  private static Optional<Submission> one(SqlClient client, String sql, Tuple arguments) {
    RowSet<Row> rows = await(client.preparedQuery(sql).execute(arguments));
    return rows.size() == 0 ? Optional.empty() : Optional.of(submission(rows.iterator().next()));
  }

  private static Submission submission(Row row) {
    return new Submission(
        row.getUUID("id"),
        row.getString("client_id"),
        Optional.ofNullable(row.getString("idempotency_key")),
        row.getBuffer("fingerprint").getBytes(),
        row.getString("media_type"),
        row.getBoolean("atomic"),
        SubmissionStatus.valueOf(row.getString("status")),
        row.getInteger("record_count"),
        row.getLong("body_bytes"),
        row.getInteger("chunks_done"),
        new SubmissionCounts(
            row.getInteger("created"),
            row.getInteger("corrected"),
            row.getInteger("unchanged"),
            row.getInteger("rejected")),
        row.getOffsetDateTime("received_at").toInstant(),
        Optional.ofNullable(row.getOffsetDateTime("completed_at")).map(OffsetDateTime::toInstant));
  }

  private static <T> T await(io.smallrye.mutiny.Uni<T> pending) {
    return pending.await().indefinitely();
  }
}
