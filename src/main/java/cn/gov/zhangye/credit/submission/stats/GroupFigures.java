package cn.gov.zhangye.credit.submission.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one group, of the records no group holds, or of all records. */
@Schema(
    name = "SubmissionFigures",
    description =
        "一组（或未归属记录、或合计）的报送统计。/ The figures of one group, of the unattributed records, or of all.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupFigures(
    @Schema(
            description =
                "分组键：客户端编号、记录类型代码或六位区划代码；unattributed 与 totals 中不出现。/ The group: client id,"
                    + " record type code or six-digit division code; absent in unattributed and"
                    + " totals.",
            example = "demo-department")
        String key,
    @Schema(
            description =
                "名称：客户端登记的名称，或目录中记录类型、区划的中文名称；未知时不出现。/ The name: the client's registered"
                    + " display name, or the Chinese name of the record type or division in the"
                    + " catalogue; absent when unknown.",
            example = "张掖市市场监督管理局（演示）")
        String name,
    @Schema(
            description =
                "目录中的英文名称（记录类型、区划）；客户端只有一个登记名称，不出现。/ The English name in the catalogue"
                    + " (record types, divisions); absent for clients, which have one registered"
                    + " name.",
            example = "Administrative penalty")
        String nameEn,
    @Schema(
            description =
                "已接收的记录版本：created 与 corrected 之和。/ Accepted record versions: created plus corrected.",
            example = "120")
        long accepted,
    @Schema(description = "其中新增的记录。/ Of which new records.", example = "100") long created,
    @Schema(description = "其中更正（新版本）。/ Of which corrections (new versions).", example = "20")
        long corrected,
    @Schema(description = "被拒绝的记录。/ Records rejected.", example = "8") long rejected,
    @Schema(
            description =
                "错误率 = rejected / (accepted + rejected)，0–1，四位小数；无记录时不出现。/ Error rate = rejected /"
                    + " (accepted + rejected), 0–1, four decimals; absent when there is no record.",
            example = "0.0625")
        Double errorRate,
    @Schema(description = "报送时效。/ Timeliness.") Timeliness timeliness) {

  static GroupFigures of(String key, String name, String nameEn, GroupCounts counts) {
    long accepted = counts.created() + counts.corrected();
    return new GroupFigures(
        key,
        name,
        nameEn,
        accepted,
        counts.created(),
        counts.corrected(),
        counts.rejected(),
        Ratios.share(counts.rejected(), accepted + counts.rejected()),
        Timeliness.of(counts));
  }
}
