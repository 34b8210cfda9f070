package cn.gov.zhangye.credit.submission;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a record of a submission was refused. */
@Schema(name = "SubmissionError", description = "记录被拒绝的一个原因。/ One reason a record was refused.")
public record SubmissionErrorView(
    @Schema(description = "记录在报送体中的位置，从 0 起。/ The record's position in the body, from 0.")
        int index,
    @Schema(description = "记录在报送体中的起始行。/ The line of the body where the record starts.") Long line,
    @Schema(description = "记录类型。/ The record type.") String recordType,
    @Schema(description = "报送方的记录编号。/ The submitter's reference of the record.") String sourceRef,
    @Schema(description = "记录内出错位置（JSON Pointer）。/ Where in the record (a JSON Pointer).")
        String pointer,
    @Schema(description = "稳定的错误代码。/ A stable error code.") String code,
    @Schema(
            description =
                "说明，按 Accept-Language 为中文或英文。/ The message, in Chinese or English by Accept-Language.")
        String message) {

  static SubmissionErrorView of(StoredError error, Locale language) {
    return new SubmissionErrorView(
        error.index(),
        error.line(),
        error.recordType(),
        error.sourceRef(),
        error.pointer(),
        error.code(),
        error.message().in(language));
  }
}
