package cn.gov.zhangye.credit.submission;

/** Where a submission stands. */
public enum SubmissionStatus {
  /** 已接收: the body is stored; processing has not started. */
  RECEIVED,
  /** 处理中: chunks are being written. */
  PROCESSING,
  /** 已完成: every record is either accepted or refused with its reason. */
  COMPLETED,
  /** 已拒绝: an atomic submission with an error: nothing was written. */
  REJECTED;

  public boolean finished() {
    return this == COMPLETED || this == REJECTED;
  }
}
