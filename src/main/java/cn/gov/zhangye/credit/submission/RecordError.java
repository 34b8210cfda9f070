package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.Comparator;
import java.util.List;

/**
 * One reason a record of a submission was refused.
 *
 * @param line the line of the body where the record starts
 * @param violation where in the record (a JSON Pointer), a stable code and the message
 */
record RecordError(int index, long line, String recordType, String sourceRef, Violation violation) {

  /**
   * What the submitter sent may be echoed in the reference, the pointer (a field's name) and the
   * message (a rejected value): identity numbers in them are masked.
   */
  RecordError {
    sourceRef = IdentityNumberMask.mask(sourceRef);
    violation =
        new Violation(
            IdentityNumberMask.mask(violation.pointer()),
            violation.code(),
            violation.message().withIdentityNumbersMasked());
  }

  static final Comparator<RecordError> IN_BODY_ORDER = Comparator.comparingInt(RecordError::index);

  /** How many records the errors are about. */
  static int records(List<RecordError> errors) {
    return (int) errors.stream().mapToInt(RecordError::index).distinct().count();
  }
}
