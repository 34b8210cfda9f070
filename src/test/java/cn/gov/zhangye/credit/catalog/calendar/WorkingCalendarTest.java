package cn.gov.zhangye.credit.catalog.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogDirectory;
import cn.gov.zhangye.credit.catalog.CatalogException;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

  private static final String FILE = "calendar.json";
  private static final WorkingCalendar SHIPPED = WorkingCalendar.load(CatalogFiles.shipped(), FILE);

  @TempDir Path root;

  @Test
  void theSameDayIsNoWorkingDay() {
    assertEquals(0, SHIPPED.workingDaysBetween(date("2026-03-11"), date("2026-03-11")));
  }

  @Test
  void aWeekendIsSkipped() {
    assertFalse(SHIPPED.isWorkingDay(date("2026-03-07")));
    assertFalse(SHIPPED.isWorkingDay(date("2026-03-08")));
    assertEquals(1, SHIPPED.workingDaysBetween(date("2026-03-06"), date("2026-03-09")));
    assertEquals(0, SHIPPED.workingDaysBetween(date("2026-03-06"), date("2026-03-08")));
    assertEquals(5, SHIPPED.workingDaysBetween(date("2026-03-06"), date("2026-03-13")));
  }

  @Test
  void theSpringFestivalOf2026IsOffAndItsSaturdaysAreWorked() {
    assertFalse(SHIPPED.isWorkingDay(date("2026-02-16")));
    assertFalse(SHIPPED.isWorkingDay(date("2026-02-23")));
    assertTrue(SHIPPED.isWorkingDay(date("2026-02-14")));
    assertTrue(SHIPPED.isWorkingDay(date("2026-02-28")));
    // Sat 14 worked, Sun 15 to Mon 23 off, Tue 24 worked.
    assertEquals(2, SHIPPED.workingDaysBetween(date("2026-02-13"), date("2026-02-24")));
  }

  @Test
  void anExchangedSundayIsAWorkingDay() {
    assertTrue(SHIPPED.isWorkingDay(date("2026-01-04")));
    assertTrue(SHIPPED.isWorkingDay(date("2025-09-28")));
    // Thu 1 to Sat 3 January off, Sun 4 worked, Mon 5 worked.
    assertEquals(2, SHIPPED.workingDaysBetween(date("2025-12-31"), date("2026-01-05")));
  }

  @Test
  void theTimelinessLimitIsSevenWorkingDays() {
    assertEquals(7, SHIPPED.timelinessLimit());
  }

  @Test
  void aYearWithoutDataCountsMondayToFriday() {
    assertTrue(SHIPPED.isWorkingDay(date("2031-01-01")));
    assertFalse(SHIPPED.isWorkingDay(date("2031-01-04")));
    assertEquals(261, SHIPPED.workingDaysBetween(date("2030-12-31"), date("2031-12-31")));
  }

  @Test
  void countsAsTheDaysOneByOne() {
    LocalDate first = date("2024-12-20");
    for (LocalDate decision = first;
        decision.isBefore(date("2027-01-10"));
        decision = decision.plusDays(3)) {
      int counted = 0;
      for (LocalDate submitted = decision;
          submitted.isBefore(decision.plusDays(60));
          submitted = submitted.plusDays(1)) {
        if (submitted.isAfter(decision) && SHIPPED.isWorkingDay(submitted)) {
          counted++;
        }
        assertEquals(
            counted,
            SHIPPED.workingDaysBetween(decision, submitted),
            "from " + decision + " to " + submitted);
      }
    }
  }

  @Test
  void aSubmissionBeforeTheDecisionIsAMistake() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SHIPPED.workingDaysBetween(date("2026-03-11"), date("2026-03-10")));
  }

  @Test
  void rejectsAnExchangedWorkingDayOnAWeekday() {
    assertFailure(
        year(
            """
            {"name": {"zh": "春节", "en": "Spring Festival"}, "from": "2026-02-15",
             "to": "2026-02-23", "workingDays": ["2026-02-13"]}"""),
        "/years/0/holidays/0/workingDays/0: 2026-02-13 is a FRIDAY, not a weekend day");
  }

  @Test
  void rejectsADayBothOffAndWorked() {
    assertFailure(
        year(
            """
            {"name": {"zh": "春节", "en": "Spring Festival"}, "from": "2026-02-14",
             "to": "2026-02-23", "workingDays": ["2026-02-14"]}"""),
        "/years/0/holidays/0/workingDays/0: 2026-02-14 is also a day off, in /years/0/holidays/0");
  }

  @Test
  void rejectsAPeriodRunningBackwards() {
    assertFailure(
        year(
            """
            {"name": {"zh": "清明节", "en": "Qingming"}, "from": "2026-04-06", "to": "2026-04-04"}"""),
        "/years/0/holidays/0/to: 2026-04-04 is before from, 2026-04-06");
  }

  @Test
  void rejectsAMistypedYear() {
    assertFailure(
        year(
            """
            {"name": {"zh": "清明节", "en": "Qingming"}, "from": "2026-04-04", "to": "2027-04-06"}"""),
        "/years/0/holidays/0/to: the period is longer than 31 days");
  }

  @Test
  void holdsTheFileToItsFormat() {
    assertFailure(
        """
        {"description": {"zh": "日历", "en": "Calendar"}, "years": []}""",
        "/timelinessLimit: is missing");
    assertFailure(
        year(
            """
            {"name": {"zh": "清明节", "en": "Qingming"}, "from": "2026-04-31", "to": "2026-04-06"}"""),
        "/years/0/holidays/0/from: is not a valid date");
  }

  private static String year(String holiday) {
    return """
        {"description": {"zh": "日历", "en": "Calendar"}, "timelinessLimit": 7,
         "years": [{"year": 2026, "basis": {"zh": "通知", "en": "Notice"}, "holidays": [%s]}]}"""
        .formatted(holiday);
  }

  private void assertFailure(String content, String what) {
    CatalogDirectory directory = CatalogDirectory.copyOf(root).write(FILE, content);
    CatalogException failure =
        assertThrows(CatalogException.class, () -> WorkingCalendar.load(directory.files(), FILE));
    assertEquals(directory.describe(FILE) + ": " + what, failure.getMessage());
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
