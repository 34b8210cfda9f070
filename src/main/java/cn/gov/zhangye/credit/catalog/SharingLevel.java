package cn.gov.zhangye.credit.catalog;

/** Who may see records of a type. */
public enum SharingLevel {
  /** 公开: open data and any agency. */
  PUBLIC,
  /** 有条件共享: only agencies and departments granted the record type. */
  CONDITIONAL,
  /** 不予共享: stays with the source and the credit office. */
  NOT_SHARED
}
