package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.record.CurrentRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A subject with every record some agency may see: active, of a shared type, within its publication
 * period when it was read. What one agency sees is filtered from it per call. Immutable and shared
 * by concurrent calls: never change it, nor the fields of its records.
 *
 * @param code the credit code, or the masked identity number of a person
 * @param name the name, masked for a person
 * @param category the subject category of an organisation (法人及非法人组织 or 个体工商户)
 * @param registrationNumber the business registration number (工商注册号), where known
 * @param firstRecordedAt when the platform first recorded the subject
 * @param updatedAt when the subject's own data last changed
 * @param asOfPosition the greatest change-journal position in the database snapshot its records
 *     were read from: its records are as of that position
 * @param records newest decision first
 */
public record SubjectSnapshot(
    SubjectKind kind,
    String code,
    String name,
    String divisionCode,
    String category,
    String registrationNumber,
    Instant firstRecordedAt,
    Instant updatedAt,
    long asOfPosition,
    List<CurrentRecord> records) {

  public SubjectSnapshot {
    records = List.copyOf(records);
  }

  /** The earliest last day of publication among the records. */
  public Optional<LocalDate> earliestPublicationEnd() {
    return records.stream()
        .map(CurrentRecord::publicationUntil)
        .filter(until -> until != null)
        .min(LocalDate::compareTo);
  }
}
