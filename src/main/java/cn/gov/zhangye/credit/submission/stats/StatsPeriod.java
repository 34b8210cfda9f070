package cn.gov.zhangye.credit.submission.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whole days in China time, {@code from} to {@code to}, both included. */
record StatsPeriod(LocalDate from, LocalDate to) {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the period. */
  OffsetDateTime start() {
    return from.atStartOfDay(CHINA).toOffsetDateTime();
  }

  /** The first instant after the period. */
  OffsetDateTime end() {
    return to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
  }
}
