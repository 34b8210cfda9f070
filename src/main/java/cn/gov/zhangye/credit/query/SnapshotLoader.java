package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.record.RecordReads;
import cn.gov.zhangye.credit.record.RecordSelection;
import cn.gov.zhangye.credit.record.SubjectRecords;
import cn.gov.zhangye.credit.subject.StoredSubject;
import cn.gov.zhangye.credit.subject.SubjectDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads subjects with the current versions of their shareable records: the subjects by their key
 * from the subject stores, then their records from the record store in one database snapshot per
 * kind of subject, all of them counted by type and the newest {@code credit.query.snapshot-records}
 * of each subject read. Revoked records, records of types that are not shared and records whose
 * publication ended before today (China time) are left out. The records' read also reads the change
 * journal's position in its snapshot, which the subjects it read are as of.
 */
@ApplicationScoped
class SnapshotLoader {

  private final SubjectDirectory subjects;
  private final RecordReads records;
  private final SubjectCodes codes;
  private final Set<String> notShared;
  private final int maxRecords;

  @Inject
  SnapshotLoader(
      SubjectDirectory subjects,
      RecordReads records,
      SubjectCodes codes,
      Catalog catalog,
      QueryConfig config) {
    this.subjects = subjects;
    this.maxRecords = config.snapshotRecords();
    this.records = records;
    this.codes = codes;
    this.notShared =
        catalog.recordTypes().stream()
            .filter(type -> type.sharing() == SharingLevel.NOT_SHARED)
            .map(RecordType::code)
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The subjects named by {@code subjects}, by {@link SubjectCode#key()}; those the platform does
   * not know are missing.
   */
  Uni<Map<String, SubjectSnapshot>> load(Collection<SubjectCode> asked) {
    List<String> organisations =
        asked.stream().filter(code -> !code.person()).map(code -> (String) code.lookup()).toList();
    List<byte[]> persons =
        asked.stream()
            .filter(SubjectCode::person)
            .map(code -> ((Buffer) code.lookup()).getBytes())
            .toList();
    return subjects
        .organisations(organisations)
        .flatMap(found -> withRecords(SubjectKind.ORGANISATION, found))
        .flatMap(
            found ->
                subjects
                    .persons(persons)
                    .flatMap(more -> withRecords(SubjectKind.PERSON, more))
                    .map(
                        more -> {
                          Map<String, SubjectSnapshot> all = new HashMap<>(found);
                          all.putAll(more);
                          return all;
                        }));
  }

  private Uni<Map<String, SubjectSnapshot>> withRecords(
      SubjectKind kind, Map<String, StoredSubject> found) {
    if (found.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    List<Long> ids = found.values().stream().map(StoredSubject::id).toList();
    return records
        .current(kind, ids, new RecordSelection(notShared, codes.today()), maxRecords)
        .map(read -> snapshots(found, read));
  }

  private static Map<String, SubjectSnapshot> snapshots(
      Map<String, StoredSubject> found, SubjectRecords read) {
    Map<String, SubjectSnapshot> snapshots = new HashMap<>();
    found.forEach(
        (key, subject) ->
            snapshots.put(
                key,
                new SubjectSnapshot(
                    subject.id(),
                    subject.kind(),
                    subject.code(),
                    subject.name(),
                    subject.divisionCode(),
                    subject.category(),
                    subject.registrationNumber(),
                    subject.firstRecordedAt(),
                    subject.updatedAt(),
                    read.asOfPosition(),
                    read.talliesOf(subject.id()),
                    read.of(subject.id()))));
    return snapshots;
  }
}
