package cn.gov.zhangye.credit.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates of records: {@code yyyy-MM-dd} or {@code yyyy/MM/dd}, as the catalogue's date shape.
 */
public final class RecordDates {

  private static final DateTimeFormatter DASHED = strict("uuuu-MM-dd");
  private static final DateTimeFormatter SLASHED = strict("uuuu/MM/dd");

  private RecordDates() {}

  /** The date {@code text} stands for; empty unless it has a date format and is a real date. */
  public static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text, text.indexOf('/') >= 0 ? SLASHED : DASHED));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }
}
