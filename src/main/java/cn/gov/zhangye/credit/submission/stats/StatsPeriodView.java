package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.platform.time.ChinaTime;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The period the statistics cover, as the caller may quote it. */
@Schema(
    name = "StatisticsPeriod",
    description = "统计区间：按中国时间的整日，含首尾两日。/ The period: whole days in China time, both ends included.")
public record StatsPeriodView(
    @Schema(description = "起始日（含）。/ First day (included).", example = "2026-03-01") LocalDate from,
    @Schema(description = "截止日（含）。/ Last day (included).", example = "2026-03-31") LocalDate to,
    @Schema(description = "日期所用时区。/ The time zone of the days.", example = "Asia/Shanghai")
        String timeZone) {

  static StatsPeriodView of(StatsPeriod period) {
    return new StatsPeriodView(period.from(), period.to(), ChinaTime.ZONE.getId());
  }
}
