package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a report holds for one agency: the subject, the records the agency may see and the
 * change-feed position they are as of, read in one snapshot.
 *
 * <p>Visible are the current versions of active records whose publication has not ended (the last
 * day of publication not before today in China), of public record types for every agency and of
 * conditional ones granted to the agency; not-shared types never. These are the query feature's
 * rules for {@code GET /api/v1/subjects/{code}/records}, read here on their own while both are
 * built side by side: once merged, this class is the one place to replace with the query feature's
 * read model.
 */
@ApplicationScoped
public class ReportContents {

  private static final String SNAPSHOT =
      "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

  private static final String ORGANISATION =
      "SELECT id, subject_key, credit_code, name, category, division_code FROM legal_person"
          + " WHERE subject_key = $1";

  private static final String PERSON =
      "SELECT id, identity_hash, identity_masked, name_masked, division_code FROM natural_person"
          + " WHERE identity_hash = $1";

  private static final String RECORDS =
      "SELECT c.record_type, c.version, c.decision_date, c.publication_until, v.fields::text AS"
          + " fields FROM credit_record c JOIN credit_record_version v ON v.record_id = c.id AND"
          + " v.version = c.version WHERE c.%s = $1 AND c.status = 'ACTIVE' AND c.record_type ="
          + " ANY($2) AND (c.publication_until IS NULL OR c.publication_until >= $3)"
          + " ORDER BY c.decision_date DESC, c.id DESC";

  private static final String POSITION =
      "SELECT coalesce(max(position), 0) AS position FROM change_feed";

  private final Pool database;
  private final Catalog catalog;
  private final SubjectCodes codes;
  private final PersonalDataKeys personalData;
  private final ObjectMapper json;

  ReportContents(
      Pool database,
      Catalog catalog,
      SubjectCodes codes,
      PersonalDataKeys personalData,
      ObjectMapper json) {
    this.database = database;
    this.catalog = catalog;
    this.codes = codes;
    this.personalData = personalData;
    this.json = json;
  }

  /** The subject (a person masked) with what {@code agency} may see; empty for an unknown one. */
  Uni<Optional<Contents>> read(RequestedSubject requested, Client agency) {
    return database.withTransaction(
        tx ->
            tx.query(SNAPSHOT)
                .execute()
                .flatMap(snapshot -> subject(tx, requested))
                .flatMap(
                    found ->
                        found.isEmpty()
                            ? Uni.createFrom().item(Optional.<Contents>empty())
                            : records(tx, found.get(), agency).map(Optional::of)));
  }

  /** The record types {@code agency} may see by their sharing level. */
  List<String> visibleRecordTypes(Client agency) {
    return catalog.recordTypes().stream()
        .filter(
            type ->
                type.sharing() == SharingLevel.PUBLIC
                    || type.sharing() == SharingLevel.CONDITIONAL
                        && agency.conditionalRecordTypes().contains(type.code()))
        .map(RecordType::code)
        .toList();
  }

  private Uni<Optional<FoundSubject>> subject(SqlConnection tx, RequestedSubject requested) {
    if (requested instanceof RequestedSubject.Person person) {
      byte[] hash = personalData.hash(person.identity().unmasked());
      return tx.preparedQuery(PERSON)
          .execute(Tuple.tuple().addBuffer(Buffer.buffer(hash)))
          .map(rows -> first(rows).map(row -> person(row, hash)));
    }
    String code = ((RequestedSubject.Organisation) requested).creditCode();
    return tx.preparedQuery(ORGANISATION)
        .execute(Tuple.of(code))
        .map(rows -> first(rows).map(ReportContents::organisation));
  }

  private static FoundSubject person(Row row, byte[] hash) {
    return new FoundSubject(
        "natural_person_id",
        row.getLong("id"),
        SubjectKeys.person(hash),
        new ReportSubject(
            "PERSON",
            row.getString("identity_masked"),
            row.getString("name_masked"),
            null,
            row.getString("division_code")));
  }

  private static FoundSubject organisation(Row row) {
    return new FoundSubject(
        "legal_person_id",
        row.getLong("id"),
        SubjectKeys.organisation(row.getString("subject_key")),
        new ReportSubject(
            "ORGANISATION",
            row.getString("credit_code"),
            row.getString("name"),
            row.getString("category"),
            row.getString("division_code")));
  }

  private Uni<Contents> records(SqlConnection tx, FoundSubject subject, Client agency) {
    String[] types = visibleRecordTypes(agency).toArray(String[]::new);
    LocalDate today = codes.today();
    return tx.preparedQuery(String.format(RECORDS, subject.column()))
        .execute(Tuple.of(subject.id(), types, today))
        .flatMap(
            rows ->
                tx.query(POSITION)
                    .execute()
                    .map(
                        position ->
                            new Contents(
                                subject.key(),
                                subject.view(),
                                inCatalogueOrder(rows),
                                position.iterator().next().getLong("position"))));
  }

  /** By record type in the order of the catalogue, each type newest decision first. */
  private List<ReportRecord> inCatalogueOrder(RowSet<Row> rows) {
    Map<String, Integer> order =
        catalog.recordTypes().stream()
            .collect(Collectors.toMap(RecordType::code, catalog.recordTypes()::indexOf));
    List<ReportRecord> records = new ArrayList<>();
    for (Row row : rows) {
      RecordType type = catalog.requireRecordType(row.getString("record_type"));
      records.add(
          new ReportRecord(
              type.code(),
              type.name(),
              type.sharing().name(),
              row.getInteger("version"),
              row.getLocalDate("decision_date"),
              row.getLocalDate("publication_until"),
              tree(row.getString("fields"))));
    }
    records.sort(Comparator.comparingInt(record -> order.get(record.recordType())));
    return records;
  }

  private JsonNode tree(String fields) {
    try {
      return json.readTree(fields);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("jsonb is always JSON", impossible);
    }
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  /** A subject found in its store: the column its records refer to it by, and its row id. */
  private record FoundSubject(String column, long id, String key, ReportSubject view) {}

  /**
   * What a report holds.
   *
   * @param subjectKey the subject's key without personal data ({@link SubjectKeys})
   * @param asOfPosition the greatest change-feed position when the records were read
   */
  record Contents(
      String subjectKey, ReportSubject subject, List<ReportRecord> records, long asOfPosition) {}
}
