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
    @Schema(
            description =
                "已处理的记录数；处理中时随进度增长，完成时等于 records。/ Records processed so far: grows while PROCESSING, equals records when COMPLETED.")
        int processed,
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

  static SubmissionView of(SubmissionReport report, Locale language) {
    return new SubmissionView(
        report.id(),
        report.status(),
        report.atomic(),
        report.mediaType(),
        report.records(),
        report.counts().processed(),
        report.counts(),
        report.receivedAt(),
        report.completedAt().orElse(null),
        report.firstErrors().stream()
            .map(error -> SubmissionErrorView.of(error, language))
            .toList(),
        report.moreErrors(),
        new Links(SubmissionLinks.of(report.id()), SubmissionLinks.errorsOf(report.id())));
  }
}
