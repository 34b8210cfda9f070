package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters of the statistics, checked: every malformed one is named, and the period
 * runs forwards and spans at most {@value #MAX_DAYS} days.
 */
record StatsRequest(Grouping grouping, StatsPeriod period) {

  /** A leap year: a whole calendar year always fits. */
  static final int MAX_DAYS = 366;

  /** Without from, the period is this many days up to and including to. */
  static final int DEFAULT_DAYS = 30;

  /**
   * @param today the current day in China time, the default {@code to}
   * @throws ProblemException 400 {@code malformed-request} naming each wrong parameter
   */
  static StatsRequest of(String by, String from, String to, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    Grouping grouping = Grouping.of(by).orElse(null);
    if (grouping == null) {
      violations.add(
          new Violation("by", by == null ? "required" : "enum", new Text("violation.stats.by")));
    }
    LocalDate toDay = date("to", to, today, violations);
    LocalDate fromDay =
        date("from", from, toDay == null ? null : toDay.minusDays(DEFAULT_DAYS - 1), violations);
    if (fromDay != null && toDay != null) {
      StatsPeriod period = new StatsPeriod(fromDay, toDay);
      if (fromDay.isAfter(toDay)) {
        violations.add(
            new Violation(
                "from",
                "order",
                new Text("violation.stats.from-after-to", fromDay.toString(), toDay.toString())));
      } else if (period.days() > MAX_DAYS) {
        violations.add(
            new Violation("to", "span", new Text("violation.stats.span", period.days(), MAX_DAYS)));
      }
      if (violations.isEmpty()) {
        return new StatsRequest(grouping, period);
      }
    }
    throw new ProblemException(
        ProblemType.MALFORMED_REQUEST, new Text("problem.malformed-request.detail"), violations);
  }

  private static LocalDate date(
      String name, String value, LocalDate absent, List<Violation> violations) {
    if (value == null) {
      return absent;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException malformed) {
      violations.add(new Violation(name, "format", new Text("violation.stats.date", name)));
      return null;
    }
  }
}
