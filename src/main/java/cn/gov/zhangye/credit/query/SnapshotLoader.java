package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads subjects with the current versions of their shareable records in one indexed statement per
 * kind of subject: subjects by their unique key, their records by the subject index, each current
 * version by its primary key. Revoked records, records of types that are not shared and records
 * whose publication ended before today (China time) are left out. Each statement also reads the
 * greatest change-feed position in its own snapshot, which the subjects it read are as of.
 */
@ApplicationScoped
class SnapshotLoader {

  private static final String RECORDS =
      " LEFT JOIN credit_record c ON c.%s = s.id AND c.status = 'ACTIVE'"
          + " AND c.record_type <> ALL($2::text[])"
          + " AND (c.publication_until IS NULL OR c.publication_until >= $3)"
          + " LEFT JOIN credit_record_version v ON v.record_id = c.id AND v.version = c.version";

  private static final String COLUMNS =
      " s.id AS subject_id, s.division_code, s.created_at, s.updated_at, c.id AS record_id,"
          + " c.record_type, c.version, c.decision_date, c.publication_until,"
          + " c.updated_at AS record_updated_at, v.fields::text AS fields,"
          + " (SELECT coalesce(max(position), 0) FROM record_change) AS as_of_position";

  private static final String ORDER = " ORDER BY s.id, c.decision_date DESC, c.id DESC";

  private static final String ORGANISATIONS =
      "SELECT s.subject_key, s.credit_code AS code, s.registration_number, s.name, s.category,"
          + COLUMNS
          + " FROM legal_person s"
          + RECORDS.formatted("legal_person_id")
          + " WHERE s.subject_key = ANY($1::text[])"
          + ORDER;

  private static final String PERSONS =
      "SELECT s.identity_hash, s.identity_masked AS code, NULL AS registration_number,"
          + " s.name_masked AS name, NULL AS category,"
          + COLUMNS
          + " FROM natural_person s"
          + RECORDS.formatted("natural_person_id")
          + " WHERE s.identity_hash = ANY($1::bytea[])"
          + ORDER;

  private final Pool database;
  private final ObjectMapper json;
  private final SubjectCodes codes;
  private final String[] notShared;

  @Inject
  SnapshotLoader(Pool database, ObjectMapper json, SubjectCodes codes, Catalog catalog) {
    this.database = database;
    this.json = json;
    this.codes = codes;
    this.notShared =
        catalog.recordTypes().stream()
            .filter(type -> type.sharing() == SharingLevel.NOT_SHARED)
            .map(RecordType::code)
            .toArray(String[]::new);
  }

  /**
   * The subjects named by {@code subjects}, by {@link SubjectCode#key()}; those the platform does
   * not know are missing. One statement per kind of subject asked for.
   */
  Uni<Map<String, SubjectSnapshot>> load(Collection<SubjectCode> subjects) {
    List<SubjectCode> organisations = subjects.stream().filter(code -> !code.person()).toList();
    List<SubjectCode> persons = subjects.stream().filter(SubjectCode::person).toList();
    return read(SubjectKind.ORGANISATION, organisations)
        .flatMap(
            found ->
                read(SubjectKind.PERSON, persons)
                    .map(
                        more -> {
                          Map<String, SubjectSnapshot> all = new HashMap<>(found);
                          all.putAll(more);
                          return all;
                        }));
  }

  private Uni<Map<String, SubjectSnapshot>> read(SubjectKind kind, List<SubjectCode> subjects) {
    if (subjects.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    boolean person = kind == SubjectKind.PERSON;
    Object lookups =
        person
            ? subjects.stream().map(code -> (Buffer) code.lookup()).toArray(Buffer[]::new)
            : subjects.stream().map(code -> (String) code.lookup()).toArray(String[]::new);
    return database
        .preparedQuery(person ? PERSONS : ORGANISATIONS)
        .execute(Tuple.of(lookups, notShared, codes.today()))
        .map(rows -> snapshots(kind, rows));
  }

  private Map<String, SubjectSnapshot> snapshots(SubjectKind kind, RowSet<Row> rows) {
    Map<String, SubjectSnapshot> subjects = new HashMap<>();
    Row first = null;
    List<StoredRecord> records = new ArrayList<>();
    for (Row row : rows) {
      if (first != null && first.getLong("subject_id").longValue() != row.getLong("subject_id")) {
        subjects.put(key(kind, first), snapshot(kind, first, records));
        first = null;
        records = new ArrayList<>();
      }
      first = first == null ? row : first;
      Long id = row.getLong("record_id");
      if (id != null) {
        records.add(
            new StoredRecord(
                id,
                row.getString("record_type"),
                row.getInteger("version"),
                row.getLocalDate("decision_date"),
                row.getLocalDate("publication_until"),
                instant(row.getOffsetDateTime("record_updated_at")),
                fields(row.getString("fields"))));
      }
    }
    if (first != null) {
      subjects.put(key(kind, first), snapshot(kind, first, records));
    }
    return subjects;
  }

  private static String key(SubjectKind kind, Row row) {
    return kind == SubjectKind.PERSON
        ? SubjectKeys.person(row.getBuffer("identity_hash").getBytes())
        : SubjectKeys.organisation(row.getString("subject_key"));
  }

  private static SubjectSnapshot snapshot(SubjectKind kind, Row row, List<StoredRecord> records) {
    return new SubjectSnapshot(
        kind,
        row.getString("code"),
        row.getString("name"),
        row.getString("division_code"),
        row.getString("category"),
        row.getString("registration_number"),
        instant(row.getOffsetDateTime("created_at")),
        instant(row.getOffsetDateTime("updated_at")),
        row.getLong("as_of_position"),
        records);
  }

  private JsonNode fields(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("Stored fields are not JSON", impossible);
    }
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
