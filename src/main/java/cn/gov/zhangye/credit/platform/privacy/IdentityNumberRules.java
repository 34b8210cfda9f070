package cn.gov.zhangye.credit.platform.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The arithmetic of a resident identity number (公民身份号码, GB 11643-1999): 18 characters, the birth
 * date at positions 7–14 and a check character (ISO 7064 MOD 11-2) at position 18. The catalogue
 * validates numbers with it and the mask recognises them with it.
 */
public final class IdentityNumberRules {

  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private IdentityNumberRules() {}

  /** The check character (position 18) of the first 17 digits of a number. */
  public static char checkCharacterOf(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** Positions 7–14 of a number of digits as a date, if they are one. */
  public static Optional<LocalDate> birthDateOf(CharSequence number) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(number, 6, 10, 10),
              Integer.parseInt(number, 10, 12, 10),
              Integer.parseInt(number, 12, 14, 10)));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
