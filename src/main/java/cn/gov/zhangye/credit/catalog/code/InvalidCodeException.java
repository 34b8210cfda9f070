package cn.gov.zhangye.credit.catalog.code;

import java.util.Optional;

/**
 * A code was parsed that is not valid. Carries the defect only: the rejected value stays out of the
 * message so that it cannot reach a log.
 */
public class InvalidCodeException extends IllegalArgumentException {

  private final transient CodeDefect defect;

  public InvalidCodeException(CodeDefect defect) {
    super("Invalid code: " + defect.code() + " (" + defect.message().key() + ")");
    this.defect = defect;
  }

  /** Throws for {@code defect} if there is one. */
  static void throwIfPresent(Optional<CodeDefect> defect) {
    if (defect.isPresent()) {
      throw new InvalidCodeException(defect.get());
    }
  }

  public CodeDefect defect() {
    return defect;
  }
}
