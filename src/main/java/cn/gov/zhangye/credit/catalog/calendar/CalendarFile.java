package cn.gov.zhangye.credit.catalog.calendar;

import cn.gov.zhangye.credit.catalog.BilingualName;
import cn.gov.zhangye.credit.catalog.CatalogException;
import com.fasterxml.jackson.core.JsonPointer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the calendar file, {@code calendar.json}, with the checks its format schema cannot
 * express.
 */
record CalendarFile(BilingualName description, int timelinessLimit, List<HolidayYear> years) {

  /** No holiday of the notices lasts longer; a longer period is a mistyped date. */
  static final int LONGEST_HOLIDAY_DAYS = 31;

  CalendarFile {
    years = List.copyOf(years);
  }

  /**
   * Fails unless every year is given once, every holiday period runs forwards, overlaps its year
   * and is at most {@value #LONGEST_HOLIDAY_DAYS} days long, every exchanged working day is a
   * Saturday or Sunday, and no day is both off and worked.
   *
   * @param file the file, as named in messages
   */
  CalendarFile checked(String file) {
    Set<Integer> seenYears = new HashSet<>();
    Map<LocalDate, String> daysOff = new HashMap<>();
    for (int y = 0; y < years.size(); y++) {
      HolidayYear year = years.get(y);
      String at = "/years/" + y;
      if (!seenYears.add(year.year())) {
        throw invalid(file, at + "/year", year.year() + " is given twice");
      }
      for (int h = 0; h < year.holidays().size(); h++) {
        checkPeriod(file, at + "/holidays/" + h, year.year(), year.holidays().get(h), daysOff);
      }
    }
    for (int y = 0; y < years.size(); y++) {
      List<Holiday> holidays = years.get(y).holidays();
      for (int h = 0; h < holidays.size(); h++) {
        checkWorkingDays(
            file, "/years/" + y + "/holidays/" + h + "/workingDays", holidays.get(h), daysOff);
      }
    }
    return this;
  }

  private static void checkPeriod(
      String file, String at, int year, Holiday holiday, Map<LocalDate, String> daysOff) {
    if (holiday.to().isBefore(holiday.from())) {
      throw invalid(file, at + "/to", holiday.to() + " is before from, " + holiday.from());
    }
    if (holiday.from().getYear() > year || holiday.to().getYear() < year) {
      throw invalid(file, at, "the period does not lie in the year " + year);
    }
    if (ChronoUnit.DAYS.between(holiday.from(), holiday.to()) >= LONGEST_HOLIDAY_DAYS) {
      throw invalid(
          file, at + "/to", "the period is longer than " + LONGEST_HOLIDAY_DAYS + " days");
    }
    holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(day -> daysOff.put(day, at));
  }

  private static void checkWorkingDays(
      String file, String at, Holiday holiday, Map<LocalDate, String> daysOff) {
    for (int d = 0; d < holiday.workingDays().size(); d++) {
      LocalDate day = holiday.workingDays().get(d);
      if (!isWeekend(day)) {
        throw invalid(
            file, at + "/" + d, day + " is a " + day.getDayOfWeek() + ", not a weekend day");
      }
      if (daysOff.containsKey(day)) {
        throw invalid(file, at + "/" + d, day + " is also a day off, in " + daysOff.get(day));
      }
    }
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static CatalogException invalid(String file, String pointer, String problem) {
    return CatalogException.at(file, JsonPointer.compile(pointer), problem);
  }
}
