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
import java.util.Set;

/**
 * Reads subjects' current records in one indexed statement: their records by the subject index,
 * each current version by its primary key, and the change journal's position in the same snapshot.
 */
@ApplicationScoped
class SubjectRecordsReader {

  private static final String CURRENT =
      "SELECT s.id AS subject_id, c.id AS record_id, c.record_type, c.version, c.decision_date,"
          + " c.publication_until, c.updated_at, v.fields::text AS fields,"
          + " (SELECT coalesce(max(position), 0) FROM record_change) AS as_of_position"
          + " FROM unnest($1::int8[]) AS s(id)"
          + " LEFT JOIN credit_record c ON c.%s = s.id AND c.status = 'ACTIVE'"
          + " AND c.record_type <> ALL($2::text[])"
          + " AND (c.publication_until IS NULL OR c.publication_until >= $3)"
          + " LEFT JOIN credit_record_version v ON v.record_id = c.id AND v.version = c.version"
          + " ORDER BY s.id, c.decision_date DESC, c.id DESC";

  private static final String ORGANISATIONS = CURRENT.formatted("legal_person_id");
  private static final String PERSONS = CURRENT.formatted("natural_person_id");

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
      SubjectKind kind, Collection<Long> subjectIds, RecordSelection selection) {
    return database
        .preparedQuery(kind == SubjectKind.PERSON ? PERSONS : ORGANISATIONS)
        .execute(Tuple.of(subjectIds.toArray(Long[]::new), selection.excluded(), selection.today()))
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

  private SubjectRecords records(RowSet<Row> rows) {
    Map<Long, List<CurrentRecord>> bySubject = new HashMap<>();
    long asOf = 0;
    for (Row row : rows) {
      asOf = row.getLong("as_of_position");
      List<CurrentRecord> records =
          bySubject.computeIfAbsent(row.getLong("subject_id"), id -> new ArrayList<>());
      Long id = row.getLong("record_id");
      if (id != null) {
        records.add(
            new CurrentRecord(
                id,
                row.getString("record_type"),
                row.getInteger("version"),
                row.getLocalDate("decision_date"),
                row.getLocalDate("publication_until"),
                instant(row.getOffsetDateTime("updated_at")),
                fields(row.getString("fields"))));
      }
    }
    return new SubjectRecords(bySubject, asOf);
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
