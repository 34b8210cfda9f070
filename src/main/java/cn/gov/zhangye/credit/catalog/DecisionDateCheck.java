package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** A record cannot have been decided later than today in China. */
final class DecisionDateCheck implements FieldCheck {

  static final String CODE = "future-date";

  private final String field;
  private final Supplier<LocalDate> today;

  DecisionDateCheck(String field, Supplier<LocalDate> today) {
    this.field = field;
    this.today = today;
  }

  @Override
  public Optional<Violation> check(CheckedFields fields) {
    LocalDate now = today.get();
    return fields
        .date(field)
        .filter(decided -> decided.isAfter(now))
        .map(decided -> fields.violation(field, CODE, CODE, now.toString()));
  }
}
