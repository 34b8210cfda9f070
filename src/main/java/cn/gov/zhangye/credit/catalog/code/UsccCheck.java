package cn.gov.zhangye.credit.catalog.code;

import java.util.Optional;

/**
 * The outcome of checking a unified social credit code with the override list applied.
 *
 * @param defect why the code is not valid; empty when it is valid or overridden
 * @param placeholder whether it is {@link UnifiedSocialCreditCode#PLACEHOLDER}, which is not valid
 *     but which some record types accept
 * @param overridden whether the code fails the checks but the override list accepts it
 */
public record UsccCheck(
    String code, Optional<CodeDefect> defect, boolean placeholder, boolean overridden) {

  public boolean valid() {
    return defect.isEmpty();
  }
}
