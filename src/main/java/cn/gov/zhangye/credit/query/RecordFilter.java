package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.record.CurrentRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which of a subject's visible records a page shows: of one type, decided within a date range,
 * after the cursor's record (newest decision first).
 *
 * @param type a record type code; null for all
 * @param from the earliest decision date; null for any
 * @param to the latest decision date; null for any
 * @param afterDate with {@code afterId}, the last record of the previous page; null for the first
 */
record RecordFilter(String type, LocalDate from, LocalDate to, LocalDate afterDate, long afterId) {

  /**
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a malformed date or
   *     cursor
   */
  static RecordFilter of(String type, String from, String to, String cursor) {
    LocalDate afterDate = null;
    long afterId = 0;
    if (cursor != null) {
      String[] parts = Paging.parts(cursor, 2);
      afterDate = date("cursor", parts[0]);
      try {
        afterId = Long.parseLong(parts[1]);
      } catch (NumberFormatException malformed) {
        throw Paging.malformed("cursor", "format", new Text("violation.query.cursor"));
      }
    }
    return new RecordFilter(
        type == null || type.isBlank() ? null : type.strip(),
        from == null ? null : date("from", from),
        to == null ? null : date("to", to),
        afterDate,
        afterId);
  }

  boolean accepts(CurrentRecord record) {
    return (type == null || type.equals(record.recordType()))
        && (from == null || !record.decisionDate().isBefore(from))
        && (to == null || !record.decisionDate().isAfter(to))
        && (afterDate == null || isAfterCursor(record));
  }

  static String cursorOf(CurrentRecord record) {
    return Paging.cursor(record.decisionDate().toString(), Long.toString(record.id()));
  }

  private boolean isAfterCursor(CurrentRecord record) {
    int order = record.decisionDate().compareTo(afterDate);
    return order < 0 || (order == 0 && record.id() < afterId);
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException malformed) {
      throw Paging.malformed(parameter, "format", new Text("violation.query.date", parameter));
    }
  }
}
