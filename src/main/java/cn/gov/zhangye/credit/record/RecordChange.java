package cn.gov.zhangye.credit.record;

/** How a version came to be; also the kind of its entry in the {@link RecordJournal}. */
public enum RecordChange {
  /** 新增: the first version of a record. */
  CREATED,
  /** 更正: a new version replacing the previous one, which stays in the history. */
  CORRECTED,
  /** 撤销: the record leaves every output; its history stays. */
  REVOKED
}
