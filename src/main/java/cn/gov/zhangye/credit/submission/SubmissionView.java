package cn.gov.zhangye.credit.submission;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission as its submitter sees it. */
@Schema(name = "Submission", description = "一次报送及其结果。/ A submission and what became of it.")
public record SubmissionView(
    @Schema(description = "报送编号。/ The submission's id.") UUID id,
    @Schema(description = "状态。/ Status.") SubmissionStatus status,
    @Schema(description = "是否整批原子处理。/ Whether the batch was atomic.") boolean atomic,
    @Schema(description = "报送体的媒体类型。/ The media type of the body.") String mediaType,
    @Schema(description = "报送体中的记录数。/ Records in the body.") int records,
    SubmissionCounts counts,
    @Schema(description = "接收时间。/ When the body was received.") Instant receivedAt,
    @Schema(description = "完成时间；未完成时为空。/ When processing finished; null before.", nullable = true)
        Instant completedAt,
    @Schema(
            description =
                "前若干条记录错误；全部错误见 errors 链接。/ The first record errors; all of them at the errors link.")
        List<SubmissionErrorView> errors,
    @Schema(description = "错误是否多于此处列出的。/ Whether there are more errors than listed here.")
        boolean moreErrors,
    @Schema(description = "相关资源。/ Related resources.") Links links) {

  /** Where to read the submission again and its errors. */
  public record Links(String self, String errors) {}

  static SubmissionView of(
      Submission submission, List<StoredError> errors, boolean more, Locale language) {
    String self = SubmissionResource.PATH + "/" + submission.id();
    return new SubmissionView(
        submission.id(),
        submission.status(),
        submission.atomic(),
        submission.mediaType(),
        submission.recordCount(),
        submission.counts(),
        submission.receivedAt(),
        submission.completedAt().orElse(null),
        errors.stream().map(error -> SubmissionErrorView.of(error, language)).toList(),
        more,
        new Links(self, self + "/errors"));
  }
}
