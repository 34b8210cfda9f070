package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;

/** The defects that make a single record unreadable; pointers are relative to the record. */
final class RecordDefects {

  private static final String WHOLE_RECORD = "";

  private RecordDefects() {}

  static Violation tooLarge(int limit) {
    return new Violation(
        WHOLE_RECORD, "record-too-large", new Text("violation.format.record-too-large", limit));
  }

  static Violation malformedJson(long line, long column) {
    return new Violation(
        WHOLE_RECORD, "malformed-json", new Text("violation.format.malformed-json", line, column));
  }

  static Violation notAnObject() {
    return new Violation(WHOLE_RECORD, "not-an-object", new Text("violation.format.not-an-object"));
  }

  static Violation duplicateKey(String pointer) {
    return new Violation(
        pointer, "duplicate-key", new Text("violation.format.duplicate-key", pointer));
  }

  static Violation valueTooLong() {
    return new Violation(
        WHOLE_RECORD, "value-too-long", new Text("violation.format.value-too-long"));
  }

  static Violation cellCount(int cells, int columns) {
    return new Violation(
        WHOLE_RECORD, "cell-count", new Text("violation.format.cell-count", cells, columns));
  }
}
