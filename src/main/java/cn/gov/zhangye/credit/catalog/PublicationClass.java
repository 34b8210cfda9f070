package cn.gov.zhangye.credit.catalog;

/**
 * The dishonesty class that sets how long a record is published; the bounds of each class are
 * catalogue data ({@link PublicationPeriods}).
 */
public enum PublicationClass {
  /** Not a dishonesty record: published as public information while it is valid. */
  NONE,
  /** 轻微失信: in principle not published, at most a short period. */
  MINOR,
  /** 一般失信. */
  GENERAL,
  /** 严重失信. */
  SERIOUS
}
