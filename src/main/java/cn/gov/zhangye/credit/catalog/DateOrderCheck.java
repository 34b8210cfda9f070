package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.FieldRoles.DateOrder;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Two dates of a record come in order, such as valid-from and valid-until; it points at the later
 * field. Equal dates are in order.
 */
final class DateOrderCheck implements FieldCheck {

  static final String CODE = "date-order";

  private final DateOrder order;

  DateOrderCheck(DateOrder order) {
    this.order = order;
  }

  @Override
  public Optional<Violation> check(CheckedFields fields) {
    Optional<LocalDate> earlier = fields.date(order.earlier());
    Optional<LocalDate> later = fields.date(order.later());
    if (earlier.isEmpty() || later.isEmpty() || !earlier.get().isAfter(later.get())) {
      return Optional.empty();
    }
    return Optional.of(
        fields.violation(order.later(), CODE, CODE, fields.nameOf(order.earlier()).toArray()));
  }
}
