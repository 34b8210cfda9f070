package cn.gov.zhangye.credit.catalog.calendar;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.CatalogConfig;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.catalog.CatalogFormat;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * China's working days (工作日): Monday to Friday, minus the public holidays, plus the weekend days
 * worked in exchange (调休上班), as the catalogue's calendar file gives them year by year. A year the
 * file does not cover counts Monday to Friday only, with a warning logged once for that year.
 * Loaded and checked at start, with the rest of the catalogue.
 */
@Startup
@ApplicationScoped
public class WorkingCalendar {

  private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

  private final int timelinessLimit;
  private final Set<Integer> coveredYears;
  // Epoch days, sorted and distinct, so that a span of years is counted by two binary searches.
  private final long[] weekdaysOff;
  private final long[] weekendDaysWorked;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  @Inject
  WorkingCalendar(Catalog catalog, CatalogConfig config) {
    this(read(CatalogFiles.from(config), catalog.manifest().calendarFile()));
  }

  private WorkingCalendar(CalendarFile calendar) {
    this.timelinessLimit = calendar.timelinessLimit();
    this.coveredYears =
        calendar.years().stream().map(HolidayYear::year).collect(Collectors.toUnmodifiableSet());
    TreeSet<Long> off = new TreeSet<>();
    TreeSet<Long> worked = new TreeSet<>();
    for (HolidayYear year : calendar.years()) {
      for (Holiday holiday : year.holidays()) {
        holiday
            .from()
            .datesUntil(holiday.to().plusDays(1))
            .filter(day -> !CalendarFile.isWeekend(day))
            .forEach(day -> off.add(day.toEpochDay()));
        holiday.workingDays().forEach(day -> worked.add(day.toEpochDay()));
      }
    }
    this.weekdaysOff = off.stream().mapToLong(Long::longValue).toArray();
    this.weekendDaysWorked = worked.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Reads and checks the calendar file {@code path} of {@code files}.
   *
   * @throws cn.gov.zhangye.credit.catalog.CatalogException naming the file and what is wrong
   */
  public static WorkingCalendar load(CatalogFiles files, String path) {
    return new WorkingCalendar(read(files, path));
  }

  private static CalendarFile read(CatalogFiles files, String path) {
    return CatalogFormat.CALENDAR
        .read(files, path, CalendarFile.class)
        .checked(files.describe(path));
  }

  /** Whether {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    warnIfUncovered(day.getYear());
    long epochDay = day.toEpochDay();
    if (CalendarFile.isWeekend(day)) {
      return Arrays.binarySearch(weekendDaysWorked, epochDay) >= 0;
    }
    return Arrays.binarySearch(weekdaysOff, epochDay) < 0;
  }

  /**
   * The working days after the decision up to and including the day of submission: the days of
   * {@code (decision, submitted]} that are working days. Submitted on the day of the decision: 0;
   * decided on a Friday and submitted on the next Monday (no holiday between): 1; submitted on a
   * Saturday after a Friday decision: 0. Pass both dates in China time.
   *
   * @throws IllegalArgumentException if {@code submitted} is before {@code decision}
   */
  public int workingDaysBetween(LocalDate decision, LocalDate submitted) {
    if (submitted.isBefore(decision)) {
      throw new IllegalArgumentException(
          "submitted " + submitted + " is before the decision " + decision);
    }
    if (submitted.equals(decision)) {
      return 0;
    }
    for (int year = decision.plusDays(1).getYear(); year <= submitted.getYear(); year++) {
      warnIfUncovered(year);
    }
    long after = decision.toEpochDay();
    long upTo = submitted.toEpochDay();
    return Math.toIntExact(
        weekdaysBetween(decision, submitted)
            - countWithin(weekdaysOff, after, upTo)
            + countWithin(weekendDaysWorked, after, upTo));
  }

  /**
   * How many working days after the decision a record may reach the platform and still be timely
   * (报送时效; 7 for licences and penalties).
   */
  public int timelinessLimit() {
    return timelinessLimit;
  }

  /** Monday to Friday in {@code (after, upTo]}. */
  private static long weekdaysBetween(LocalDate after, LocalDate upTo) {
    long days = upTo.toEpochDay() - after.toEpochDay();
    long count = days / 7 * 5;
    LocalDate day = after.plusDays(days / 7 * 7);
    while (day.isBefore(upTo)) {
      day = day.plusDays(1);
      if (!CalendarFile.isWeekend(day)) {
        count++;
      }
    }
    return count;
  }

  /** The elements of {@code sorted} in {@code (after, upTo]}. */
  private static long countWithin(long[] sorted, long after, long upTo) {
    return countUpTo(sorted, upTo) - countUpTo(sorted, after);
  }

  private static int countUpTo(long[] sorted, long value) {
    int index = Arrays.binarySearch(sorted, value);
    return index >= 0 ? index + 1 : -(index + 1);
  }

  private void warnIfUncovered(int year) {
    if (!coveredYears.contains(year) && warnedYears.add(year)) {
      LOG.warnf(
          "The working-day calendar of the catalogue has no holidays for %d: counting Monday to"
              + " Friday only. Add the State Council's holiday schedule of %d to the calendar"
              + " file.",
          year, year);
    }
  }
}
