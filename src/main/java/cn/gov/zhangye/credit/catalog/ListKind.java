package cn.gov.zhangye.credit.catalog;

/** What a list says about the subjects on it. */
public enum ListKind {
  /** 守信红名单: trustworthy subjects. */
  RED,
  /** 严重失信主体名单: seriously dishonest subjects. */
  BLACK,
  /** 重点关注名单: subjects under watch, such as the abnormal-operation list. */
  WATCH
}
