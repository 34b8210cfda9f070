package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.record.CurrentRecord;
import cn.gov.zhangye.credit.record.RecordTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A subject with the records some agency may see (active, of a shared type, within its publication
 * period when it was read): all of them counted by type, and the newest of them, at most {@code
 * credit.query.snapshot-records}. What one agency sees is filtered from it per call. Immutable and
 * shared by concurrent calls: never change it, nor the fields of its records.
 *
 * @param code the credit code, or the masked identity number of a person
 * @param name the name, masked for a person
 * @param category the subject category of an organisation (法人及非法人组织 or 个体工商户)
 * @param registrationNumber the business registration number (工商注册号), where known
 * @param firstRecordedAt when the platform first recorded the subject
 * @param updatedAt when the subject's own data last changed
 * @param subjectId the subject's row id in its subject store
 * @param asOfPosition the greatest change-journal position in the database snapshot its records
 *     were read from: its records are as of that position
 * @param tallies all its records counted by type
 * @param records its newest records, newest decision first: all of them unless {@link #truncated()}
 */
public record SubjectSnapshot(
    long subjectId,
    SubjectKind kind,
    String code,
    String name,
    String divisionCode,
    String category,
    String registrationNumber,
    Instant firstRecordedAt,
    Instant updatedAt,
    long asOfPosition,
    List<RecordTally> tallies,
    List<CurrentRecord> records) {

  public SubjectSnapshot {
    tallies = List.copyOf(tallies);
    records = List.copyOf(records);
  }

  /** Whether it holds only the newest of its records. */
  public boolean truncated() {
    return records.size() < tallies.stream().mapToInt(RecordTally::count).sum();
  }

  /** The earliest last day of publication among all its records, those it does not hold too. */
  public Optional<LocalDate> earliestPublicationEnd() {
    return tallies.stream()
        .map(RecordTally::earliestPublicationUntil)
        .filter(until -> until != null)
        .min(LocalDate::compareTo);
  }
}
