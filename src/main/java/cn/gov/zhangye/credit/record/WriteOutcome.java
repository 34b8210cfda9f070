package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.platform.problem.Violation;

/**
 * What writing one draft did.
 *
 * @param refusal why it was not written, for {@link Kind#REFUSED}; null otherwise
 */
public record WriteOutcome(int index, Kind kind, int version, Violation refusal) {

  public enum Kind {
    CREATED,
    CORRECTED,
    /** The same content as the current version: nothing written. */
    UNCHANGED,
    REFUSED
  }
}
