package cn.gov.zhangye.credit.catalog.calendar;

import cn.gov.zhangye.credit.catalog.BilingualName;
import java.time.LocalDate;
import java.util.List;

/**
 * A public holiday of the State Council's yearly notice: the days off from {@code from} to {@code
 * to}, both included, and the weekend days worked in exchange (调休上班).
 */
public record Holiday(
    BilingualName name, LocalDate from, LocalDate to, List<LocalDate> workingDays) {

  public Holiday {
    workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
  }
}
