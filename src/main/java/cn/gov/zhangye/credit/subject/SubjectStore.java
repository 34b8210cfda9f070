package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes subjects into the legal-person and natural-person stores, set-based, inside the caller's
 * transaction. Rows are written in key order so that concurrent writers lock them in the same order
 * and never deadlock.
 */
@ApplicationScoped
public class SubjectStore {

  // Existing subjects are not touched unless their name changed: an upsert would lock every row it
  // meets, and concurrent chunks naming the same subjects would wait for each other.
  private static final String INSERT_ORGANISATIONS =
      "INSERT INTO legal_person (credit_code, registration_number, name, category, division_code,"
          + " created_at, updated_at)"
          + " SELECT *, $6, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],"
          + " $5::text[]) ON CONFLICT (subject_key) DO NOTHING";

  private static final String RENAME_ORGANISATIONS =
      "UPDATE legal_person p SET name = u.name, category = u.category, updated_at = $4"
          + " FROM unnest($1::text[], $2::text[], $3::text[]) AS u(subject_key, name, category)"
          + " WHERE p.subject_key = u.subject_key"
          + " AND (p.name <> u.name OR p.category <> u.category)";

  private static final String ORGANISATION_IDS =
      "SELECT id, subject_key FROM legal_person WHERE subject_key = ANY($1::text[])";

  private static final String INSERT_PERSONS =
      "INSERT INTO natural_person (identity_hash, identity_sealed, identity_masked, name_sealed,"
          + " name_masked, division_code, created_at, updated_at)"
          + " SELECT *, $7, $7 FROM unnest($1::bytea[], $2::bytea[], $3::text[], $4::bytea[],"
          + " $5::text[], $6::text[]) ON CONFLICT (identity_hash) DO NOTHING";

  private static final String RENAME_PERSONS =
      "UPDATE natural_person p SET name_sealed = u.name_sealed, name_masked = u.name_masked,"
          + " updated_at = $4"
          + " FROM unnest($1::bytea[], $2::bytea[], $3::text[]) AS u(identity_hash, name_sealed,"
          + " name_masked) WHERE p.identity_hash = u.identity_hash AND p.name_masked <> u.name_masked";

  private static final String PERSON_IDS =
      "SELECT id, identity_hash FROM natural_person WHERE identity_hash = ANY($1::bytea[])";

  private final PersonalDataKeys keys;
  private final SubjectCodes codes;
  private final Clock clock;

  @Inject
  SubjectStore(PersonalDataKeys keys, SubjectCodes codes, Clock clock) {
    this.keys = keys;
    this.codes = codes;
    this.clock = clock;
  }

  /** Stores the subjects (the last name given wins) and answers their row ids. */
  public Uni<StoredSubjects> store(SqlConnection tx, Collection<? extends Subject> subjects) {
    Map<String, Organisation> organisations = new TreeMap<>();
    Map<String, Person> persons = new TreeMap<>();
    for (Subject subject : subjects) {
      if (subject instanceof Organisation organisation) {
        organisations.put(organisation.key(), organisation);
      } else if (subject instanceof Person person) {
        persons.put(person.identity().unmasked(), person);
      }
    }
    return storeOrganisations(tx, organisations)
        .flatMap(
            organisationIds ->
                storePersons(tx, persons)
                    .map(personIds -> new StoredSubjects(organisationIds, personIds)));
  }

  private Uni<Map<String, Long>> storeOrganisations(
      SqlConnection tx, Map<String, Organisation> organisations) {
    if (organisations.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    int size = organisations.size();
    String[] codes = new String[size];
    String[] registrations = new String[size];
    String[] names = new String[size];
    String[] categories = new String[size];
    String[] divisions = new String[size];
    int i = 0;
    for (Organisation organisation : organisations.values()) {
      codes[i] = organisation.creditCode();
      registrations[i] = organisation.registrationNumber().orElse(null);
      names[i] = organisation.name();
      categories[i] = organisation.category();
      divisions[i] = organisation.divisionCode();
      i++;
    }
    String[] subjectKeys = organisations.keySet().toArray(String[]::new);
    OffsetDateTime now = now();
    return tx.preparedQuery(INSERT_ORGANISATIONS)
        .execute(Tuple.of(codes, registrations, names, categories, divisions, now))
        .flatMap(
            inserted ->
                tx.preparedQuery(RENAME_ORGANISATIONS)
                    .execute(Tuple.of(subjectKeys, names, categories, now)))
        .flatMap(renamed -> tx.preparedQuery(ORGANISATION_IDS).execute(Tuple.of(subjectKeys)))
        .map(
            rows -> {
              Map<String, Long> ids = new HashMap<>();
              for (Row row : rows) {
                ids.put(row.getString("subject_key"), row.getLong("id"));
              }
              return ids;
            });
  }

  private Uni<Map<String, Long>> storePersons(SqlConnection tx, Map<String, Person> persons) {
    if (persons.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    int size = persons.size();
    Buffer[] hashes = new Buffer[size];
    Buffer[] sealedIdentities = new Buffer[size];
    String[] maskedIdentities = new String[size];
    Buffer[] sealedNames = new Buffer[size];
    String[] maskedNames = new String[size];
    String[] divisions = new String[size];
    Map<String, String> identityByHash = new HashMap<>();
    int i = 0;
    for (Person person : persons.values()) {
      hashes[i] = Buffer.buffer(keys.hash(person.identity().unmasked()));
      identityByHash.put(
          hashes[i].toString(java.nio.charset.StandardCharsets.ISO_8859_1),
          person.identity().unmasked());
      String row = "natural_person/" + HexFormat.of().formatHex(hashes[i].getBytes());
      sealedIdentities[i] =
          Buffer.buffer(keys.seal(person.identity().unmasked(), row + "/identity_sealed"));
      maskedIdentities[i] = person.identity().masked();
      sealedNames[i] = Buffer.buffer(keys.seal(person.name(), row + "/name_sealed"));
      maskedNames[i] = codes.maskName(person.name());
      divisions[i] = person.divisionCode();
      i++;
    }
    OffsetDateTime now = now();
    return tx.preparedQuery(INSERT_PERSONS)
        .execute(
            Tuple.from(
                new Object[] {
                  hashes,
                  sealedIdentities,
                  maskedIdentities,
                  sealedNames,
                  maskedNames,
                  divisions,
                  now
                }))
        .flatMap(
            inserted ->
                tx.preparedQuery(RENAME_PERSONS)
                    .execute(Tuple.of(hashes, sealedNames, maskedNames, now)))
        .flatMap(renamed -> tx.preparedQuery(PERSON_IDS).execute(Tuple.of(hashes)))
        .map(
            rows -> {
              Map<String, Long> ids = new HashMap<>();
              for (Row row : rows) {
                ids.put(
                    identityByHash.get(
                        row.getBuffer("identity_hash")
                            .toString(java.nio.charset.StandardCharsets.ISO_8859_1)),
                    row.getLong("id"));
              }
              return ids;
            });
  }

  /** Now, as the SQL client binds a {@code timestamptz}. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
