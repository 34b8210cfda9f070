package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.query.Agency;
import cn.gov.zhangye.credit.query.SubjectCache;
import cn.gov.zhangye.credit.query.SubjectCode;
import cn.gov.zhangye.credit.query.SubjectSnapshot;
import cn.gov.zhangye.credit.query.Visibility;
import cn.gov.zhangye.credit.query.VisibleRecords;
import cn.gov.zhangye.credit.record.CurrentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * What a report holds for one agency: the subject, the records the agency may see and the
 * change-journal position they are as of.
 *
 * <p>It is read from the query feature's subject cache and filtered by its {@link Visibility}, as
 * every query is; the records through {@link VisibleRecords}, never more than {@code
 * credit.report.max-records} of them (by record type in the order of the catalogue, each type
 * newest decision first), from the snapshot or, for a subject with more records than a snapshot
 * holds, from the record store (as of the read, a moment after the snapshot's position; a change in
 * between replaces the snapshot before it is answered). The cache can state the position: each
 * cached subject carries the greatest change-journal position of the database snapshot it was read
 * from (read in the same statement as its records), and a copy is dropped on every replica when one
 * of its records changes. A report from a copy is therefore as of that copy's position, which may
 * be older than the newest position of the journal but is true of every record it shows; no
 * separate snapshot read is needed.
 *
 * <p>Unlike a query, a report is issued on a known subject even when the agency may see none of its
 * records: the report then states that it holds none.
 */
@ApplicationScoped
class ReportContents {

  private final SubjectCache subjects;
  private final VisibleRecords visible;
  private final Catalog catalog;
  private final List<String> catalogueOrder;
  private final int maxRecords;

  ReportContents(
      SubjectCache subjects, VisibleRecords visible, Catalog catalog, ReportConfig config) {
    this.subjects = subjects;
    this.maxRecords = config.maxRecords();
    this.visible = visible;
    this.catalog = catalog;
    this.catalogueOrder = catalog.recordTypes().stream().map(RecordType::code).toList();
  }

  /** The subject (a person masked) with what {@code agency} may see; empty for an unknown one. */
  Uni<Optional<Contents>> read(SubjectCode code, Agency agency) {
    return subjects
        .get(code)
        .flatMap(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.empty());
              }
              SubjectSnapshot subject = found.get();
              return visible
                  .firstByType(subject, agency, catalogueOrder, maxRecords)
                  .map(
                      records ->
                          Optional.of(
                              new Contents(
                                  code.key(),
                                  view(subject),
                                  records.stream().map(this::reportRecord).toList(),
                                  visible.count(subject, agency),
                                  subject.asOfPosition())));
            });
  }

  private static ReportSubject view(SubjectSnapshot subject) {
    return new ReportSubject(
        subject.kind().name(),
        subject.code(),
        subject.name(),
        subject.category(),
        subject.divisionCode());
  }

  private ReportRecord reportRecord(CurrentRecord record) {
    RecordType type = catalog.requireRecordType(record.recordType());
    return new ReportRecord(
        type.code(),
        type.name(),
        type.sharing().name(),
        record.version(),
        record.decisionDate(),
        record.publicationUntil(),
        record.fields());
  }

  /**
   * What a report holds.
   *
   * @param subjectKey the subject's key without personal data ({@link SubjectCode#key()})
   * @param recordCount how many records the agency may see, of which {@code records} holds the
   *     first
   * @param asOfPosition the greatest change-journal position of the snapshot the records were read
   *     in
   */
  record Contents(
      String subjectKey,
      ReportSubject subject,
      List<ReportRecord> records,
      int recordCount,
      long asOfPosition) {}
}
