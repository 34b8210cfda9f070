package cn.gov.zhangye.credit.submission;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a submission's records so far. */
@Schema(description = "各类记录的数量。/ How many records fared how.")
public record SubmissionCounts(
    @Schema(description = "新增的记录。/ Records created.") int created,
    @Schema(description = "更正的记录（新版本）。/ Records corrected (a new version).") int corrected,
    @Schema(description = "与现有版本相同、未作改变的记录。/ Records equal to their current version: no change.")
        int unchanged,
    @Schema(description = "被拒绝的记录，原因见错误列表。/ Records refused; see the errors.") int rejected) {

  static final SubmissionCounts NONE = new SubmissionCounts(0, 0, 0, 0);

  SubmissionCounts plus(SubmissionCounts other) {
    return new SubmissionCounts(
        created + other.created,
        corrected + other.corrected,
        unchanged + other.unchanged,
        rejected + other.rejected);
  }

  /** The records processed: accepted or refused. */
  int processed() {
    return accepted() + rejected;
  }

  @JsonProperty("accepted")
  @Schema(description = "已接受（新增、更正或未变）的记录。/ Records accepted: created, corrected or unchanged.")
  public int accepted() {
    return created + corrected + unchanged;
  }
}
