package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long records of a type are published, counted from their decision date.
 *
 * <p>Periods are counted as the Civil Code counts months (民法典 第二百零一条、第二百零二条): the decision day
 * itself is not counted, and a period of n months ends on the day of the n-th month that
 * corresponds to the decision day, or on that month's last day when it has none. Decided
 * 2026-03-15, three months end on 2026-06-15; decided 2026-01-31, one month ends on 2026-02-28;
 * decided 2024-02-29, twelve months end on 2025-02-28.
 *
 * @param publicationClass the dishonesty class
 * @param period the minimum and maximum period; absent for {@link PublicationClass#NONE}
 * @param endField the field whose date ends publication earlier, such as a licence's expiry
 */
public record PublicationRule(
    @JsonProperty("class") PublicationClass publicationClass,
    Optional<MonthRange> period,
    Optional<String> endField) {

  /** The last day of publication under the maximum period, if the type has one. */
  public Optional<LocalDate> lastDay(LocalDate decision) {
    return period.map(range -> decision.plusMonths(range.maxMonths()));
  }

  /**
   * The first day on which credit repair may be applied for: the day after the minimum period ends,
   * if the type has one.
   */
  public Optional<LocalDate> repairableFrom(LocalDate decision) {
    return period.map(range -> decision.plusMonths(range.minMonths()).plusDays(1));
  }
}
