package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.subject.StoredSubject;
import cn.gov.zhangye.credit.subject.SubjectDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a submitter's record with its history and its subject, for a view or for a change. */
@ApplicationScoped
class RecordRepository {

  private static final String HEAD =
      "SELECT c.id, c.record_type, c.source_ref, c.status, c.version, c.subject_kind,"
          + " c.decision_date, c.publication_until,"
          + " coalesce(c.legal_person_id, c.natural_person_id) AS subject_id"
          + " FROM credit_record c"
          + " WHERE c.source_client_id = $1 AND c.record_type = $2 AND c.source_ref = $3";

  private static final String HISTORY =
      "SELECT version, change, recorded_at, submission_id, reason, fields::text AS fields"
          + " FROM credit_record_version WHERE record_id = $1 ORDER BY version DESC";

  private final Pool database;
  private final SubjectDirectory subjects;
  private final ObjectMapper json;

  @Inject
  RecordRepository(Pool database, SubjectDirectory subjects, ObjectMapper json) {
    this.database = database;
    this.subjects = subjects;
    this.json = json;
  }

  Uni<Optional<RecordView>> find(String clientId, String recordType, String sourceRef) {
    return database.withConnection(
        connection ->
            find(connection, clientId, recordType, sourceRef, false)
                .map(found -> found.map(StoredRecord::view)));
  }

  /** The record, locked for a change in {@code tx} when {@code forUpdate}. */
  Uni<Optional<StoredRecord>> find(
      SqlConnection tx, String clientId, String recordType, String sourceRef, boolean forUpdate) {
    return tx.preparedQuery(HEAD + (forUpdate ? " FOR UPDATE OF c" : ""))
        .execute(Tuple.of(clientId, recordType, sourceRef))
        .flatMap(
            heads -> {
              if (heads.size() == 0) {
                return Uni.createFrom().item(Optional.<StoredRecord>empty());
              }
              Row head = heads.iterator().next();
              SubjectKind kind = SubjectKind.valueOf(head.getString("subject_kind"));
              long subjectId = head.getLong("subject_id");
              return tx.preparedQuery(HISTORY)
                  .execute(Tuple.of(head.getLong("id")))
                  .flatMap(
                      history ->
                          subjects
                              .byIds(kind, List.of(subjectId))
                              .map(
                                  found -> {
                                    StoredSubject subject = found.get(subjectId);
                                    return Optional.of(
                                        new StoredRecord(
                                            head.getLong("id"),
                                            subject.key(),
                                            view(head, subject, history)));
                                  }));
            });
  }

  private RecordView view(Row head, StoredSubject subject, RowSet<Row> history) {
    List<RecordView.Version> versions = new ArrayList<>();
    for (Row row : history) {
      versions.add(
          new RecordView.Version(
              row.getInteger("version"),
              row.getString("change"),
              row.getOffsetDateTime("recorded_at").toInstant(),
              row.getUUID("submission_id") == null ? null : row.getUUID("submission_id").toString(),
              row.getString("reason"),
              node(row.getString("fields"))));
    }
    return new RecordView(
        head.getString("record_type"),
        head.getString("source_ref"),
        head.getString("status"),
        head.getInteger("version"),
        new RecordView.SubjectSummary(subject.kind().name(), subject.code(), subject.name()),
        versions.get(0).fields(),
        head.getLocalDate("decision_date"),
        head.getLocalDate("publication_until"),
        versions);
  }

  private JsonNode node(String fields) {
    try {
      return json.readTree(fields);
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
