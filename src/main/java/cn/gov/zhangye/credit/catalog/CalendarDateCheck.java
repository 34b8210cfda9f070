package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.Optional;

/** A date field holds a real calendar date: the date shape admits {@code 2024-02-31}. */
final class CalendarDateCheck implements FieldCheck {

  static final String CODE = "nonexistent-date";

  private final String field;

  CalendarDateCheck(String field) {
    this.field = field;
  }

  @Override
  public Optional<Violation> check(CheckedFields fields) {
    return fields
        .text(field)
        .filter(text -> RecordDates.parse(text).isEmpty())
        .map(text -> fields.violation(field, CODE, CODE, text));
  }
}
