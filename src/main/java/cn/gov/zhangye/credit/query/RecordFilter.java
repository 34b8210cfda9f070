package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.record.CurrentRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which of a subject's visible records a listing shows: of one type, decided within a date range.
 *
 * @param type a record type code; null for all
 * @param from the earliest decision date; null for any
 * @param to the latest decision date; null for any
 */
record RecordFilter(String type, LocalDate from, LocalDate to) {

  /**
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a malformed date
   */
  static RecordFilter of(String type, String from, String to) {
    return new RecordFilter(
        type == null || type.isBlank() ? null : type.strip(),
        from == null ? null : date("from", from),
        to == null ? null : date("to", to));
  }

  boolean accepts(CurrentRecord record) {
    return (type == null || type.equals(record.recordType()))
        && (from == null || !record.decisionDate().isBefore(from))
        && (to == null || !record.decisionDate().isAfter(to));
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException malformed) {
      throw QueryParameters.malformed(
          parameter, "format", new Text("violation.query.date", parameter));
    }
  }
}
