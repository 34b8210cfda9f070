package cn.gov.zhangye.credit.submission.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How fast after the decision the accepted versions of a group reached the platform. */
@Schema(
    name = "SubmissionTimeliness",
    description =
        "报送时效：决定日期之后到报送当日的工作日数（不含决定当日，含报送当日；同日报送为 0）。只统计带有时效值的已接收版本。/"
            + " Timeliness: working days after the decision date up to and including the day of"
            + " submission (0 when submitted on the day of the decision). Only accepted versions"
            + " that carry the figure are counted.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeliness(
    @Schema(description = "计入时效统计的版本数。/ Versions measured.", example = "118") long measured,
    @Schema(
            description =
                "平均工作日数，保留两位小数；无计入版本时不出现。/ Average working days, two decimals; absent when none was measured.",
            example = "3.42")
        Double averageWorkingDays,
    @Schema(
            description =
                "工作日数的中位数；无计入版本时不出现。/ Median working days; absent when none was measured.",
            example = "3.0")
        Double medianWorkingDays,
    @Schema(description = "在时限（limit）以内报送的版本数。/ Versions within the limit.", example = "110")
        long withinLimit,
    @Schema(
            description =
                "时限以内的比例（0–1，四位小数）；无计入版本时不出现。/ Share within the limit (0–1, four decimals); absent when none was measured.",
            example = "0.9322")
        Double withinLimitShare) {

  static Timeliness of(GroupCounts counts) {
    if (counts.measured() == 0) {
      return new Timeliness(0, null, null, 0, null);
    }
    return new Timeliness(
        counts.measured(),
        Ratios.round(counts.averageDays(), 2),
        Ratios.round(counts.medianDays(), 2),
        counts.withinLimit(),
        Ratios.share(counts.withinLimit(), counts.measured()));
  }
}
