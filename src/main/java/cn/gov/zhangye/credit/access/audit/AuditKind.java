package cn.gov.zhangye.credit.access.audit;

/** What kind of call an audit entry records. */
public enum AuditKind {
  /** Read credit data. */
  READ,
  /** Changed credit data. */
  CHANGE,
  /** An administrative action (clients, keys, exchange). */
  ADMIN,
  /** A call refused: no or bad token, missing scope, rate limit. */
  REFUSED
}
