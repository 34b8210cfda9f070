package cn.gov.zhangye.credit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication periods counted as the Civil Code counts months, the table of docs/catalog.md. */
class PublicationRuleTest {

  private static PublicationRule general(int minMonths, int maxMonths) {
    return new PublicationRule(
        PublicationClass.GENERAL,
        Optional.of(new MonthRange(minMonths, maxMonths)),
        Optional.empty());
  }

  @ParameterizedTest(name = "decided {0}, {1} months: last day {2}")
  @CsvSource({
    "2026-03-15, 3, 2026-06-15",
    "2026-11-20, 12, 2027-11-20",
    "2026-01-31, 1, 2026-02-28",
    "2026-11-30, 3, 2027-02-28",
    "2024-02-29, 12, 2025-02-28",
    "2023-02-28, 12, 2024-02-28",
    "2023-12-31, 2, 2024-02-29"
  })
  void theLastDayIsTheCorrespondingDayOrTheMonthsEnd(
      LocalDate decision, int months, LocalDate lastDay) {
    assertEquals(Optional.of(lastDay), general(1, months).lastDay(decision));
  }

  @ParameterizedTest(name = "decided {0}: repairable from {1}")
  @CsvSource({
    "2026-03-15, 2026-06-16",
    "2026-11-20, 2027-02-21",
    "2026-11-30, 2027-03-01",
    "2024-02-29, 2024-05-30",
    "2023-02-28, 2023-05-29"
  })
  void repairMayBeAskedForFromTheDayAfterTheMinimumPeriod(
      LocalDate decision, LocalDate repairableFrom) {
    assertEquals(Optional.of(repairableFrom), general(3, 12).repairableFrom(decision));
  }

  @Test
  void aTypeWithoutAPeriodHasNeitherDate() {
    PublicationRule licence =
        new PublicationRule(PublicationClass.NONE, Optional.empty(), Optional.of("XK_JZQ"));
    LocalDate decision = LocalDate.of(2026, 5, 1);
    assertTrue(licence.lastDay(decision).isEmpty());
    assertTrue(licence.repairableFrom(decision).isEmpty());
  }
}
