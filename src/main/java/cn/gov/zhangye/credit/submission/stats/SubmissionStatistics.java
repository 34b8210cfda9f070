package cn.gov.zhangye.credit.submission.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statistics of submissions in a period, by group, with the totals. */
@Schema(
    name = "SubmissionStatistics",
    description =
        "一段时间内的报送统计，按组列出并给出合计。/ The statistics of submissions in a period, by group, with the totals.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionStatistics(
    @Schema(
            description = "分组方式。/ The grouping.",
            example = "source",
            enumeration = {"source", "recordType", "region"})
        String by,
    @Schema(description = "统计区间。/ The period.") StatsPeriodView period,
    @Schema(
            description =
                "报送时限（工作日），来自目录的工作日历。/ The timeliness limit in working days, from the catalogue's calendar.",
            example = "7")
        int limit,
    @Schema(
            description =
                "各组，按分组键排序；区间内没有记录的组不出现。/ The groups, by key; groups without records in the period are left out.")
        List<GroupFigures> groups,
    @Schema(
            description =
                "无法归入任何组的记录：按 region 分组时为全部被拒绝的记录（被拒绝的记录未入库，没有区划），按 recordType"
                    + " 分组时为无法确定记录类型的被拒绝记录；没有时不出现。/ Records that belong to no group: by region, every"
                    + " rejected record (a rejected record is not stored and has no division); by"
                    + " recordType, rejected records whose type could not be told; absent when there"
                    + " are none.")
        GroupFigures unattributed,
    @Schema(
            description =
                "全部记录的合计（中位数按全部记录计算）。/ The totals over all records (the median over all records).")
        GroupFigures totals) {}
