package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.subject.StoredSubjects;
import cn.gov.zhangye.credit.subject.SubjectStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a chunk of drafts of one client, set-based, inside the caller's transaction: subjects, new
 * records and corrections with their versions, and one journal entry per change. A draft equal to
 * the current version changes nothing.
 */
@ApplicationScoped
public class RecordWriter {

  private static final String LOCK_HEADS =
      "SELECT c.id, c.record_type, c.source_ref, c.version, c.status, c.content_hash,"
          + " c.last_submission_id FROM credit_record c"
          + " JOIN unnest($2::text[], $3::text[]) AS k(record_type, source_ref)"
          + " ON c.record_type = k.record_type AND c.source_ref = k.source_ref"
          + " WHERE c.source_client_id = $1 ORDER BY c.id FOR UPDATE OF c";

  private static final String INSERT_HEADS =
      "INSERT INTO credit_record (source_client_id, record_type, source_ref, subject_kind,"
          + " legal_person_id, natural_person_id, version, status, content_hash, division_code,"
          + " decision_date, publication_until, last_submission_id, created_at, updated_at)"
          + " SELECT $1, t, r, k, lp, np, 1, 'ACTIVE', h, d, dd, pu, $2, $12, $12"
          + " FROM unnest($3::text[], $4::text[], $5::text[], $6::int8[], $7::int8[], $8::bytea[],"
          + " $9::text[], $10::date[], $11::date[]) AS u(t, r, k, lp, np, h, d, dd, pu)"
          + " ON CONFLICT (source_client_id, record_type, source_ref) DO NOTHING"
          + " RETURNING id, record_type, source_ref";

  private static final String UPDATE_HEADS =
      "UPDATE credit_record c SET version = u.v, status = 'ACTIVE', subject_kind = u.k,"
          + " legal_person_id = u.lp, natural_person_id = u.np, content_hash = u.h,"
          + " division_code = u.d, decision_date = u.dd, publication_until = u.pu,"
          + " last_submission_id = $1, updated_at = $11"
          + " FROM unnest($2::int8[], $3::int4[], $4::text[], $5::int8[], $6::int8[], $7::bytea[],"
          + " $8::text[], $9::date[], $10::date[]) AS u(id, v, k, lp, np, h, d, dd, pu)"
          + " WHERE c.id = u.id";

  private static final String INSERT_VERSIONS =
      "INSERT INTO credit_record_version (record_id, version, change, content_hash, fields,"
          + " sealed_fields, decision_date, publication_until, submission_id, working_days,"
          + " recorded_at)"
          + " SELECT id, v, c, h, f::jsonb, s::jsonb, dd, pu, $1, w, $11"
          + " FROM unnest($2::int8[], $3::int4[], $4::text[], $5::bytea[], $6::text[],"
          + " $7::text[], $8::date[], $9::date[], $10::int4[]) AS u(id, v, c, h, f, s, dd, pu, w)";

  private final SubjectStore subjects;
  private final RecordJournal journal;
  private final PersonalDataKeys keys;
  private final Clock clock;

  @Inject
  RecordWriter(SubjectStore subjects, RecordJournal journal, PersonalDataKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
    this.subjects = subjects;
    this.journal = journal;
  }

  /**
   * Writes {@code drafts}, which have distinct (type, source reference) pairs.
   *
   * @return one outcome per draft, in the order of {@code drafts}
   * @throws ConcurrentRecordWrite when another transaction created one of the records meanwhile;
   *     the caller retries the chunk
   */
  public Uni<List<WriteOutcome>> write(
      SqlConnection tx, String clientId, UUID submissionId, List<RecordDraft> drafts) {
    if (drafts.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<RecordDraft> ordered =
        drafts.stream().sorted(Comparator.comparing(RecordWriter::key)).toList();
    return subjects
        .store(tx, ordered.stream().map(RecordDraft::subject).toList())
        .flatMap(
            stored ->
                lockHeads(tx, clientId, ordered)
                    .flatMap(heads -> apply(tx, clientId, submissionId, ordered, stored, heads)))
        .map(
            outcomes -> {
              Map<Integer, WriteOutcome> byIndex = new HashMap<>();
              outcomes.forEach(outcome -> byIndex.put(outcome.index(), outcome));
              return drafts.stream().map(draft -> byIndex.get(draft.index())).toList();
            });
  }

  private Uni<Map<String, Head>> lockHeads(
      SqlConnection tx, String clientId, List<RecordDraft> drafts) {
    String[] types = drafts.stream().map(draft -> draft.type().code()).toArray(String[]::new);
    String[] refs = drafts.stream().map(RecordDraft::sourceRef).toArray(String[]::new);
    return tx.preparedQuery(LOCK_HEADS)
        .execute(Tuple.of(clientId, types, refs))
        .map(
            rows -> {
              Map<String, Head> heads = new HashMap<>();
              for (Row row : rows) {
                Head head = Head.of(row);
                heads.put(key(head.recordType(), head.sourceRef()), head);
              }
              return heads;
            });
  }

  private Uni<List<WriteOutcome>> apply(
      SqlConnection tx,
      String clientId,
      UUID submissionId,
      List<RecordDraft> drafts,
      StoredSubjects stored,
      Map<String, Head> heads) {
    List<WriteOutcome> outcomes = new ArrayList<>();
    List<RecordDraft> created = new ArrayList<>();
    List<Versioned> corrected = new ArrayList<>();
    for (RecordDraft draft : drafts) {
      Head head = heads.get(key(draft));
      if (head == null) {
        created.add(draft);
      } else if (submissionId != null && submissionId.equals(head.lastSubmissionId())) {
        outcomes.add(refused(draft, "duplicate-source-ref", "violation.duplicate-source-ref"));
      } else if (head.revoked()) {
        outcomes.add(refused(draft, "record-revoked", "violation.record-revoked"));
      } else if (Arrays.equals(head.contentHash(), draft.contentHash())) {
        outcomes.add(
            new WriteOutcome(draft.index(), WriteOutcome.Kind.UNCHANGED, head.version(), null));
      } else {
        corrected.add(new Versioned(draft, head.id(), head.version() + 1));
        outcomes.add(
            new WriteOutcome(draft.index(), WriteOutcome.Kind.CORRECTED, head.version() + 1, null));
      }
    }
    return insertHeads(tx, clientId, submissionId, created, stored)
        .flatMap(
            createdVersions -> {
              createdVersions.forEach(
                  versioned ->
                      outcomes.add(
                          new WriteOutcome(
                              versioned.draft().index(), WriteOutcome.Kind.CREATED, 1, null)));
              return updateHeads(tx, submissionId, corrected, stored)
                  .flatMap(
                      updated -> {
                        List<Versioned> written = new ArrayList<>(createdVersions);
                        written.addAll(corrected);
                        return insertVersions(tx, submissionId, written)
                            .flatMap(done -> journal.append(tx, changes(written)));
                      });
            })
        .map(done -> outcomes);
  }

  private Uni<List<Versioned>> insertHeads(
      SqlConnection tx,
      String clientId,
      UUID submissionId,
      List<RecordDraft> drafts,
      StoredSubjects stored) {
    if (drafts.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Columns columns = new Columns(drafts, stored);
    return tx.preparedQuery(INSERT_HEADS)
        .execute(
            Tuple.from(
                new Object[] {
                  clientId,
                  submissionId,
                  columns.types,
                  columns.refs,
                  columns.kinds,
                  columns.legalPersons,
                  columns.naturalPersons,
                  columns.hashes,
                  columns.divisions,
                  columns.decisionDates,
                  columns.publicationEnds,
                  now()
                }))
        .map(
            rows -> {
              Map<String, Long> ids = new HashMap<>();
              for (Row row : rows) {
                ids.put(
                    key(row.getString("record_type"), row.getString("source_ref")),
                    row.getLong("id"));
              }
              if (ids.size() != drafts.size()) {
                throw new ConcurrentRecordWrite();
              }
              return drafts.stream()
                  .map(draft -> new Versioned(draft, ids.get(key(draft)), 1))
                  .toList();
            });
  }

  private Uni<Void> updateHeads(
      SqlConnection tx, UUID submissionId, List<Versioned> corrected, StoredSubjects stored) {
    if (corrected.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<RecordDraft> drafts = corrected.stream().map(Versioned::draft).toList();
    Columns columns = new Columns(drafts, stored);
    return tx.preparedQuery(UPDATE_HEADS)
        .execute(
            Tuple.from(
                new Object[] {
                  submissionId,
                  corrected.stream().map(Versioned::recordId).toArray(Long[]::new),
                  corrected.stream().map(Versioned::version).toArray(Integer[]::new),
                  columns.kinds,
                  columns.legalPersons,
                  columns.naturalPersons,
                  columns.hashes,
                  columns.divisions,
                  columns.decisionDates,
                  columns.publicationEnds,
                  now()
                }))
        .replaceWithVoid();
  }

  private Uni<Void> insertVersions(SqlConnection tx, UUID submissionId, List<Versioned> written) {
    if (written.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<RecordDraft> drafts = written.stream().map(Versioned::draft).toList();
    return tx.preparedQuery(INSERT_VERSIONS)
        .execute(
            Tuple.from(
                new Object[] {
                  submissionId,
                  written.stream().map(Versioned::recordId).toArray(Long[]::new),
                  written.stream().map(Versioned::version).toArray(Integer[]::new),
                  written.stream()
                      .map(versioned -> versioned.change().name())
                      .toArray(String[]::new),
                  drafts.stream()
                      .map(draft -> Buffer.buffer(draft.contentHash()))
                      .toArray(Buffer[]::new),
                  drafts.stream().map(draft -> draft.fields().toString()).toArray(String[]::new),
                  written.stream().map(this::sealedFields).toArray(String[]::new),
                  drafts.stream()
                      .map(RecordDraft::decisionDate)
                      .toArray(java.time.LocalDate[]::new),
                  drafts.stream()
                      .map(RecordDraft::publicationUntil)
                      .toArray(java.time.LocalDate[]::new),
                  written.stream().map(RecordWriter::timeliness).toArray(Integer[]::new),
                  now()
                }))
        .replaceWithVoid();
  }

  /**
   * The originals of the masked fields, each sealed for its row and field ({@link
   * #sealingContext}); null when nothing was masked.
   */
  private String sealedFields(Versioned versioned) {
    Map<String, String> originals = versioned.draft().originals();
    if (originals.isEmpty()) {
      return null;
    }
    JsonObject sealed = new JsonObject();
    originals.forEach(
        (pointer, original) ->
            sealed.put(
                pointer,
                Base64.getEncoder()
                    .encodeToString(
                        keys.seal(
                            original,
                            sealingContext(versioned.recordId(), versioned.version(), pointer)))));
    return sealed.encode();
  }

  /**
   * What a sealed field value is bound to: the version row and the field, e.g. {@code
   * credit_record_version/42/1/CF_SY}.
   */
  static String sealingContext(long recordId, int version, String pointer) {
    return "credit_record_version/" + recordId + "/" + version + pointer;
  }

  /** Now, as the SQL client binds a {@code timestamptz}: the time of the rows written. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  /**
   * The working days to submission of a first version; a correction does not measure how timely the
   * decision reached the platform.
   */
  private static Integer timeliness(Versioned versioned) {
    return versioned.change() == RecordChange.CREATED ? versioned.draft().workingDays() : null;
  }

  private static List<RecordJournal.Change> changes(List<Versioned> written) {
    return written.stream()
        .map(
            versioned ->
                new RecordJournal.Change(
                    versioned.change(), versioned.recordId(), versioned.version()))
        .toList();
  }

  private static WriteOutcome refused(RecordDraft draft, String code, String messageKey) {
    return new WriteOutcome(
        draft.index(),
        WriteOutcome.Kind.REFUSED,
        0,
        new Violation("/sourceRef", code, new Text(messageKey, draft.sourceRef())));
  }

  private static String key(RecordDraft draft) {
    return key(draft.type().code(), draft.sourceRef());
  }

  private static String key(String recordType, String sourceRef) {
    return recordType + '\u0000' + sourceRef;
  }

  /** A draft with the record id and version it is written as. */
  private record Versioned(RecordDraft draft, long recordId, int version) {
    RecordChange change() {
      return version == 1 ? RecordChange.CREATED : RecordChange.CORRECTED;
    }
  }

  /** The current state of a stored record, locked for this transaction. */
  private record Head(
      long id,
      String recordType,
      String sourceRef,
      int version,
      boolean revoked,
      byte[] contentHash,
      UUID lastSubmissionId) {

    static Head of(Row row) {
      return new Head(
          row.getLong("id"),
          row.getString("record_type"),
          row.getString("source_ref"),
          row.getInteger("version"),
          "REVOKED".equals(row.getString("status")),
          row.getBuffer("content_hash").getBytes(),
          row.getUUID("last_submission_id"));
    }
  }

  /** The head columns of drafts, as arrays for unnest. */
  private static final class Columns {
    final String[] types;
    final String[] refs;
    final String[] kinds;
    final Long[] legalPersons;
    final Long[] naturalPersons;
    final Buffer[] hashes;
    final String[] divisions;
    final java.time.LocalDate[] decisionDates;
    final java.time.LocalDate[] publicationEnds;

    Columns(List<RecordDraft> drafts, StoredSubjects stored) {
      int size = drafts.size();
      types = new String[size];
      refs = new String[size];
      kinds = new String[size];
      legalPersons = new Long[size];
      naturalPersons = new Long[size];
      hashes = new Buffer[size];
      divisions = new String[size];
      decisionDates = new java.time.LocalDate[size];
      publicationEnds = new java.time.LocalDate[size];
      for (int i = 0; i < size; i++) {
        RecordDraft draft = drafts.get(i);
        types[i] = draft.type().code();
        refs[i] = draft.sourceRef();
        kinds[i] = draft.subject().kind().name();
        legalPersons[i] = stored.legalPersonId(draft.subject());
        naturalPersons[i] = stored.naturalPersonId(draft.subject());
        hashes[i] = Buffer.buffer(draft.contentHash());
        divisions[i] = draft.subject().divisionCode();
        decisionDates[i] = draft.decisionDate();
        publicationEnds[i] = draft.publicationUntil();
      }
    }
  }
}
