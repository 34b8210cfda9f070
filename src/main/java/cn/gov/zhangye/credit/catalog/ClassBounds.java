package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legal bounds of one dishonesty class, as the API shows them. */
@Schema(
    name = "ClassBounds",
    description = "失信等级的公示期限范围。/ Publication bounds of a dishonesty class.")
public record ClassBounds(
    @JsonProperty("class")
        @Schema(description = "失信等级。/ The dishonesty class.", example = "SERIOUS")
        PublicationClass publicationClass,
    @Schema(description = "最短公示期（月）。/ Shortest publication period, in months.", example = "12")
        int minMonths,
    @Schema(description = "最长公示期（月）。/ Longest publication period, in months.", example = "36")
        int maxMonths) {}
