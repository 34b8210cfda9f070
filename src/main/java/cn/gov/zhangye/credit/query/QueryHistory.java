package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency's own queries, read from the audit log: its READ entries of the subject operations,
 * newest first. Subjects are stored there by key; persons are shown by their masked number.
 */
@ApplicationScoped
class QueryHistory {

  private static final String ENTRIES =
      "SELECT id, occurred_at, operation, target_subject, purpose, consent_reference, status,"
          + " request_id FROM audit_entry WHERE client_id = $1 AND kind = 'READ'"
          + " AND operation LIKE '% /api/v1/subjects%'"
          + " AND ($2::timestamptz IS NULL OR occurred_at >= $2)"
          + " AND ($3::timestamptz IS NULL OR occurred_at < $3)"
          + " AND ($4::text IS NULL OR position(' ' || $4 || ' ' IN ' ' || target_subject || ' ') > 0)"
          + " AND ($5::bigint IS NULL OR id < $5)"
          + " ORDER BY id DESC LIMIT $6";

  private static final String MASKED =
      "SELECT identity_hash, identity_masked FROM natural_person WHERE identity_hash = ANY($1)";

  private static final String UNKNOWN_PERSON = "*".repeat(18);
  private static final String PERSON_PREFIX = SubjectKeys.person(new byte[0]);
  private static final String ORGANISATION_PREFIX = SubjectKeys.organisation("");

  private final Pool database;

  @Inject
  QueryHistory(Pool database) {
    this.database = database;
  }

  /**
   * The time range of a history listing, each end optional.
   *
   * @param from at or after; null for no start
   * @param to before; null for no end
   */
  record Period(OffsetDateTime from, OffsetDateTime to) {

    /**
     * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a malformed time
     */
    static Period of(String from, String to) {
      return new Period(time("from", from), time("to", to));
    }
  }

  /**
   * The newest {@code limit} entries in {@code period}, before the entry {@code beforeId}.
   *
   * @param subjectKey only queries of this subject; null for all
   * @param beforeId only entries older than this one; null for the newest
   */
  Uni<List<QueryHistoryPage.Entry>> entries(
      String clientId, Period period, String subjectKey, Long beforeId, int limit) {
    Tuple parameters =
        Tuple.from(
            Arrays.asList(clientId, period.from(), period.to(), subjectKey, beforeId, limit));
    return database
        .preparedQuery(ENTRIES)
        .execute(parameters)
        .flatMap(
            rows -> {
              List<Row> found = new ArrayList<>();
              rows.forEach(found::add);
              return maskedPersons(found)
                  .map(masked -> found.stream().map(row -> entry(row, masked)).toList());
            });
  }

  private Uni<Map<String, String>> maskedPersons(List<Row> page) {
    Set<String> persons = new LinkedHashSet<>();
    for (Row row : page) {
      for (String key : keys(row)) {
        if (key.startsWith(PERSON_PREFIX)) {
          persons.add(key);
        }
      }
    }
    if (persons.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    Buffer[] hashes =
        persons.stream()
            .map(
                key ->
                    Buffer.buffer(HexFormat.of().parseHex(key.substring(PERSON_PREFIX.length()))))
            .toArray(Buffer[]::new);
    return database
        .preparedQuery(MASKED)
        .execute(Tuple.of(hashes))
        .map(
            rows -> {
              Map<String, String> masked = new HashMap<>();
              rows.forEach(
                  row ->
                      masked.put(
                          SubjectKeys.person(row.getBuffer("identity_hash").getBytes()),
                          row.getString("identity_masked")));
              return masked;
            });
  }

  private static QueryHistoryPage.Entry entry(Row row, Map<String, String> masked) {
    return new QueryHistoryPage.Entry(
        row.getLong("id").toString(),
        row.getOffsetDateTime("occurred_at").toInstant(),
        row.getString("operation"),
        keys(row).stream()
            .map(
                key ->
                    key.startsWith(ORGANISATION_PREFIX)
                        ? key.substring(ORGANISATION_PREFIX.length())
                        : masked.getOrDefault(key, UNKNOWN_PERSON))
            .toList(),
        row.getString("purpose"),
        row.getString("consent_reference"),
        row.getInteger("status"),
        row.getString("request_id"));
  }

  private static List<String> keys(Row row) {
    String target = row.getString("target_subject");
    return target == null || target.isBlank() ? List.of() : List.of(target.split(" "));
  }

  private static OffsetDateTime time(String parameter, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException malformed) {
      throw QueryParameters.malformed(
          parameter, "format", new Text("violation.query.instant", parameter));
    }
  }
}
