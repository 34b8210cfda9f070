package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads subjects' current records by the subject index: for a snapshot of some subjects, their
 * records counted by type and the newest of them up to a cap, in one database snapshot with the
 * change journal's position; for a listing or a report, one subject's records a page at a time.
 */
@ApplicationScoped
class SubjectRecordsReader {

  private static final String COLUMNS =
      "c.id AS record_id, c.record_type, c.version, c.decision_date, c.publication_until,"
          + " c.updated_at, v.fields::text AS fields";

  private static final String CURRENT_OF_TYPES =
      " c.status = 'ACTIVE' AND c.record_type %s ($2::text[])"
          + " AND (c.publication_until IS NULL OR c.publication_until >= $3)";

  private static final String SHARED = CURRENT_OF_TYPES.formatted("<> ALL");
  private static final String OF_TYPES = CURRENT_OF_TYPES.formatted("= ANY");

  /** The two reads of a snapshot see the same committed records. */
  private static final String ONE_SNAPSHOT =
      "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

  private static final String TALLIES =
      "SELECT c.%1$s AS subject_id, c.record_type, count(*) AS records,"
          + " max(c.updated_at) AS last_updated_at, min(c.publication_until) AS earliest_until"
          + " FROM credit_record c WHERE c.%1$s = ANY($1::int8[]) AND"
          + SHARED
          + " GROUP BY c.%1$s, c.record_type";

  private static final String NEWEST =
      "SELECT s.id AS subject_id, "
          + COLUMNS
          + ", (SELECT coalesce(max(position), 0) FROM record_change) AS as_of_position"
          + " FROM unnest($1::int8[]) AS s(id)"
          + " LEFT JOIN LATERAL (SELECT * FROM credit_record c WHERE c.%s = s.id AND"
          + SHARED
          + " ORDER BY c.decision_date DESC, c.id DESC LIMIT $4) c ON true"
          + " LEFT JOIN credit_record_version v ON v.record_id = c.id AND v.version = c.version"
          + " ORDER BY s.id, c.decision_date DESC, c.id DESC";

  private static final String ONE_SUBJECT =
      "SELECT "
          + COLUMNS
          + " FROM credit_record c"
          + " JOIN credit_record_version v ON v.record_id = c.id AND v.version = c.version"
          + " WHERE c.%s = $1 AND"
          + OF_TYPES;

  private static final String PAGE =
      ONE_SUBJECT
          + " AND ($4::date IS NULL OR c.decision_date >= $4::date)"
          + " AND ($5::date IS NULL OR c.decision_date <= $5::date)"
          + " AND ($6::date IS NULL OR (c.decision_date, c.id) < ($6::date, $7::int8))"
          + " ORDER BY c.decision_date DESC, c.id DESC LIMIT $8";

  private static final String BY_TYPE =
      ONE_SUBJECT
          + " ORDER BY array_position($2::text[], c.record_type), c.decision_date DESC, c.id DESC"
          + " LIMIT $4";

  private static final Map<SubjectKind, String> TALLIES_OF = perKind(TALLIES);
  private static final Map<SubjectKind, String> NEWEST_OF = perKind(NEWEST);
  private static final Map<SubjectKind, String> PAGE_OF = perKind(PAGE);
  private static final Map<SubjectKind, String> BY_TYPE_OF = perKind(BY_TYPE);

  private static final String PUBLISHED_OF_TYPES =
      "EXISTS (SELECT 1 FROM credit_record c WHERE c.legal_person_id = s.id"
          + " AND c.record_type = ANY(%s::text[]) AND c.status = 'ACTIVE'"
          + " AND (c.publication_until IS NULL OR c.publication_until >= $5))";

  private static final String STANDING =
      "SELECT s.id, "
          + PUBLISHED_OF_TYPES.formatted("$3")
          + " AS black, "
          + PUBLISHED_OF_TYPES.formatted("$4")
          + " AS red FROM unnest($1::int8[]) AS s(id) WHERE "
          + PUBLISHED_OF_TYPES.formatted("$2");

  private final Pool database;
  private final ObjectMapper json;

  @Inject
  SubjectRecordsReader(Pool database, ObjectMapper json) {
    this.database = database;
    this.json = json;
  }

  Uni<SubjectRecords> current(
      SubjectKind kind, Collection<Long> subjectIds, RecordSelection selection, int newest) {
    Long[] ids = subjectIds.toArray(Long[]::new);
    Tuple selected = Tuple.of(ids, selection.excluded(), selection.today());
    return database.withTransaction(
        tx ->
            tx.query(ONE_SNAPSHOT)
                .execute()
                .chain(() -> tx.preparedQuery(TALLIES_OF.get(kind)).execute(selected))
                .chain(
                    tallies ->
                        tx.preparedQuery(NEWEST_OF.get(kind))
                            .execute(Tuple.of(ids, selection.excluded(), selection.today(), newest))
                            .map(rows -> records(tallies, rows))));
  }

  Uni<List<CurrentRecord>> page(SubjectKind kind, long subjectId, RecordRange range, int limit) {
    Optional<RecordPosition> after = range.after();
    return database
        .preparedQuery(PAGE_OF.get(kind))
        .execute(
            Tuple.from(
                new Object[] {
                  subjectId,
                  sorted(range.types()),
                  range.today(),
                  range.decidedFrom(),
                  range.decidedTo(),
                  after.map(RecordPosition::decisionDate).orElse(null),
                  after.map(RecordPosition::id).orElse(null),
                  limit
                }))
        .map(this::records);
  }

  Uni<List<CurrentRecord>> byType(
      SubjectKind kind, long subjectId, List<String> typeOrder, LocalDate today, int limit) {
    return database
        .preparedQuery(BY_TYPE_OF.get(kind))
        .execute(Tuple.of(subjectId, typeOrder.toArray(String[]::new), today, limit))
        .map(this::records);
  }

  Uni<Map<Long, ListStanding>> standing(
      Collection<Long> organisationIds,
      Set<String> readableTypes,
      Set<String> blackListTypes,
      Set<String> redListTypes,
      LocalDate today) {
    return database
        .preparedQuery(STANDING)
        .execute(
            Tuple.from(
                new Object[] {
                  organisationIds.toArray(Long[]::new),
                  sorted(readableTypes),
                  sorted(blackListTypes),
                  sorted(redListTypes),
                  today
                }))
        .map(
            rows -> {
              Map<Long, ListStanding> standing = new HashMap<>();
              for (Row row : rows) {
                standing.put(
                    row.getLong("id"),
                    new ListStanding(row.getBoolean("black"), row.getBoolean("red")));
              }
              return standing;
            });
  }

  private SubjectRecords records(RowSet<Row> tallyRows, RowSet<Row> rows) {
    Map<Long, List<RecordTally>> tallies = new HashMap<>();
    for (Row row : tallyRows) {
      tallies
          .computeIfAbsent(row.getLong("subject_id"), id -> new ArrayList<>())
          .add(
              new RecordTally(
                  row.getString("record_type"),
                  row.getLong("records").intValue(),
                  instant(row.getOffsetDateTime("last_updated_at")),
                  row.getLocalDate("earliest_until")));
    }
    Map<Long, List<CurrentRecord>> bySubject = new HashMap<>();
    long asOf = 0;
    for (Row row : rows) {
      asOf = row.getLong("as_of_position");
      List<CurrentRecord> records =
          bySubject.computeIfAbsent(row.getLong("subject_id"), id -> new ArrayList<>());
      if (row.getLong("record_id") != null) {
        records.add(record(row));
      }
    }
    return new SubjectRecords(bySubject, tallies, asOf);
  }

  private List<CurrentRecord> records(RowSet<Row> rows) {
    List<CurrentRecord> records = new ArrayList<>(rows.size());
    rows.forEach(row -> records.add(record(row)));
    return records;
  }

  private CurrentRecord record(Row row) {
    return new CurrentRecord(
        row.getLong("record_id"),
        row.getString("record_type"),
        row.getInteger("version"),
        row.getLocalDate("decision_date"),
        row.getLocalDate("publication_until"),
        instant(row.getOffsetDateTime("updated_at")),
        fields(row.getString("fields")));
  }

  private static Map<SubjectKind, String> perKind(String statement) {
    return Map.of(
        SubjectKind.ORGANISATION,
        statement.formatted("legal_person_id"),
        SubjectKind.PERSON,
        statement.formatted("natural_person_id"));
  }

  private JsonNode fields(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("Stored fields are not JSON", impossible);
    }
  }

  private static String[] sorted(Set<String> types) {
    return types.stream().sorted().toArray(String[]::new);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
