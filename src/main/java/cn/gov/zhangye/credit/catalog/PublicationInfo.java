package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record type's publication rule, as the API shows it. */
@Schema(
    name = "Publication",
    description =
        "公示规则：失信等级与自决定日期起的公示期限。/ Publication rule: the dishonesty class and the period counted from the decision date.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationInfo(
    @JsonProperty("class")
        @Schema(
            description =
                "失信等级；NONE 表示非失信信息，在有效期内作为公开信息公示。/ The dishonesty class; NONE: not a dishonesty record, published while valid.",
            example = "GENERAL")
        PublicationClass publicationClass,
    @Schema(
            description = "最短公示期（月），NONE 时无。/ Shortest period in months; absent for NONE.",
            example = "3")
        Integer minMonths,
    @Schema(
            description =
                "最长公示期（月），届满自动停止公示；NONE 时无。/ Longest period in months, after which publication ends by itself; absent for NONE.",
            example = "12")
        Integer maxMonths,
    @Schema(
            description =
                "其日期可提前结束公示的字段，如许可有效期至。/ The field whose date ends publication earlier, such as a licence's expiry.",
            example = "CF_GSJZQ")
        String endField) {

  static PublicationInfo of(PublicationRule rule) {
    return new PublicationInfo(
        rule.publicationClass(),
        rule.period().map(MonthRange::minMonths).orElse(null),
        rule.period().map(MonthRange::maxMonths).orElse(null),
        rule.endField().orElse(null));
  }
}
