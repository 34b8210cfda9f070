package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two subject stores (法人库, 自然人库) for the other features: subjects by key or row id, and
 * organisations by name or code. Persons come out masked; they are never found by name.
 */
@ApplicationScoped
public class SubjectDirectory {

  /** The end of every string that starts with a prefix, in byte order. */
  private static final String HIGHEST = new String(Character.toChars(Character.MAX_CODE_POINT));

  private static final String ORGANISATION_COLUMNS =
      "s.id, s.subject_key, s.credit_code AS code, s.registration_number, s.name, s.category,"
          + " s.division_code, s.created_at, s.updated_at";

  private static final String PERSON_COLUMNS =
      "s.id, s.identity_hash, s.identity_masked AS code, NULL AS registration_number,"
          + " s.name_masked AS name, NULL AS category, s.division_code, s.created_at, s.updated_at";

  private static final String ORGANISATIONS_BY_KEY =
      "SELECT " + ORGANISATION_COLUMNS + " FROM legal_person s WHERE s.subject_key = ANY($1)";

  private static final String PERSONS_BY_HASH =
      "SELECT " + PERSON_COLUMNS + " FROM natural_person s WHERE s.identity_hash = ANY($1)";

  private static final String ORGANISATIONS_BY_ID =
      "SELECT " + ORGANISATION_COLUMNS + " FROM legal_person s WHERE s.id = ANY($1)";

  private static final String PERSONS_BY_ID =
      "SELECT " + PERSON_COLUMNS + " FROM natural_person s WHERE s.id = ANY($1)";

  private final Pool database;

  @Inject
  SubjectDirectory(Pool database) {
    this.database = database;
  }

  /** The organisations stored with these {@code legal_person.subject_key}s, by their key. */
  public Uni<Map<String, StoredSubject>> organisations(Collection<String> subjectKeys) {
    if (subjectKeys.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return database
        .preparedQuery(ORGANISATIONS_BY_KEY)
        .execute(Tuple.of(subjectKeys.toArray(String[]::new)))
        .map(rows -> byKey(SubjectKind.ORGANISATION, rows));
  }

  /** The persons stored with these keyed hashes of their identity numbers, by their key. */
  public Uni<Map<String, StoredSubject>> persons(Collection<byte[]> identityHashes) {
    if (identityHashes.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return database
        .preparedQuery(PERSONS_BY_HASH)
        .execute(Tuple.of(identityHashes.stream().map(Buffer::buffer).toArray(Buffer[]::new)))
        .map(rows -> byKey(SubjectKind.PERSON, rows));
  }

  /** The subjects of {@code kind} with these row ids, by id. */
  public Uni<Map<Long, StoredSubject>> byIds(SubjectKind kind, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return database
        .preparedQuery(kind == SubjectKind.PERSON ? PERSONS_BY_ID : ORGANISATIONS_BY_ID)
        .execute(Tuple.of(ids.toArray(Long[]::new)))
        .map(
            rows -> {
              Map<Long, StoredSubject> found = new HashMap<>();
              rows.forEach(row -> found.put(row.getLong("id"), subject(kind, row)));
              return found;
            });
  }

  /**
   * Up to {@code limit} organisations matching {@code search} after {@code after} (null for the
   * first), in the order of their sort key, then id: names through the bigram index of migration
   * V6, prefixes through the byte-ordered indexes.
   */
  public Uni<List<NameSearch.Found>> search(NameSearch search, NameSearch.After after, int limit) {
    Statement statement = new Statement();
    String order = search.byCode() ? "s.credit_code COLLATE \"C\"" : "s.name COLLATE \"C\"";
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(ORGANISATION_COLUMNS)
            .append(", ")
            .append(order)
            .append(" AS sort_key FROM legal_person s WHERE ");
    if (search.byCode() || search.prefix()) {
      sql.append(order)
          .append(" >= ")
          .append(statement.parameter(search.text()))
          .append(" AND ")
          .append(order)
          .append(" < ")
          .append(statement.parameter(search.text() + HIGHEST));
    } else {
      String text = statement.parameter(search.text());
      sql.append("name_bigrams(s.name) @> name_bigrams(")
          .append(text)
          .append(") AND strpos(lower(s.name), lower(")
          .append(text)
          .append(")) > 0");
    }
    if (search.divisionPrefix() != null) {
      sql.append(" AND s.division_code LIKE ")
          .append(statement.parameter(search.divisionPrefix() + "%"));
    }
    if (after != null) {
      sql.append(" AND (")
          .append(order)
          .append(", s.id) > (")
          .append(statement.parameter(after.sortKey()))
          .append(", ")
          .append(statement.parameter(after.id()))
          .append(")");
    }
    sql.append(" ORDER BY ")
        .append(order)
        .append(", s.id LIMIT ")
        .append(statement.parameter(limit));
    return database
        .preparedQuery(sql.toString())
        .execute(statement.tuple())
        .map(
            rows -> {
              List<NameSearch.Found> found = new ArrayList<>();
              for (Row row : rows) {
                found.add(
                    new NameSearch.Found(
                        subject(SubjectKind.ORGANISATION, row), row.getString("sort_key")));
              }
              return found;
            });
  }

  private static Map<String, StoredSubject> byKey(SubjectKind kind, RowSet<Row> rows) {
    Map<String, StoredSubject> found = new HashMap<>();
    for (Row row : rows) {
      StoredSubject subject = subject(kind, row);
      found.put(subject.key(), subject);
    }
    return found;
  }

  private static StoredSubject subject(SubjectKind kind, Row row) {
    String key =
        kind == SubjectKind.PERSON
            ? SubjectKeys.person(row.getBuffer("identity_hash").getBytes())
            : SubjectKeys.organisation(row.getString("subject_key"));
    return new StoredSubject(
        row.getLong("id"),
        kind,
        key,
        row.getString("code"),
        row.getString("name"),
        row.getString("division_code"),
        row.getString("category"),
        row.getString("registration_number"),
        instant(row.getOffsetDateTime("created_at")),
        instant(row.getOffsetDateTime("updated_at")));
  }

  private static java.time.Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  /** The parameters of a statement being written, numbered as they are added. */
  private static final class Statement {
    private final List<Object> values = new ArrayList<>();

    String parameter(Object value) {
      values.add(value);
      return "$" + values.size();
    }

    Tuple tuple() {
      return Tuple.from(values);
    }
  }
}
