package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.platform.time.ChinaTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Whole days in China time, {@code from} to {@code to}, both included. */
record StatsPeriod(LocalDate from, LocalDate to) {

  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the period. */
  OffsetDateTime start() {
    return from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
  }

  /** The first instant after the period. */
  OffsetDateTime end() {
    return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
  }
}
