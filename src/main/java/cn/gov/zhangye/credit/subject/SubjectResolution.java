package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.List;
import java.util.Optional;

/** The subject a record is about, or why it cannot be told. */
public record SubjectResolution(Optional<Subject> subject, List<Violation> violations) {

  static SubjectResolution of(Subject subject) {
    return new SubjectResolution(Optional.of(subject), List.of());
  }

  static SubjectResolution refused(List<Violation> violations) {
    return new SubjectResolution(Optional.empty(), List.copyOf(violations));
  }
}
