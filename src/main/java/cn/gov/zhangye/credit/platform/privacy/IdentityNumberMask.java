package cn.gov.zhangye.credit.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mask of identity document numbers: the first 6 and the last 4 characters stay, the rest
 * become {@code *}, as domain.md shows numbers ({@code 620702********123X}).
 */
public final class IdentityNumberMask {

  private static final int KEPT_BEFORE = 6;
  private static final int KEPT_AFTER = 4;
  // Only digits bound a number: one written after a letter ("ID620702…", "%2f620702…") is a number
  // still, and the GB 11643 check keeps other runs of digits as they are.
  private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final int EARLIEST_BIRTH_YEAR = 1900;

  private IdentityNumberMask() {}

  /**
   * {@code number} masked; a number shorter than a resident identity number (of another document)
   * is masked entirely, since 10 kept characters would leave too little hidden.
   */
  public static String masked(String number) {
    if (number.length() < IdentityNumberRules.LENGTH) {
      return "*".repeat(number.length());
    }
    return number.substring(0, KEPT_BEFORE)
        + "*".repeat(number.length() - KEPT_BEFORE - KEPT_AFTER)
        + number.substring(number.length() - KEPT_AFTER);
  }

  /**
   * {@code text} with every resident identity number in it masked, for text the gateway sends back
   * unbidden, such as a request path echoed in a problem. A number is masked when its check
   * character and its birth date are right, so that a credit code of 18 digits is left alone.
   */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    Matcher candidate = CANDIDATE.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (candidate.find()) {
      String number = candidate.group();
      String replacement = isIdentityNumber(number) ? masked(number) : number;
      candidate.appendReplacement(masked, Matcher.quoteReplacement(replacement));
    }
    return candidate.appendTail(masked).toString();
  }

  /** Whether {@code text} holds a resident identity number that {@link #mask} would mask. */
  public static boolean holdsAny(String text) {
    if (text == null) {
      return false;
    }
    Matcher candidate = CANDIDATE.matcher(text);
    while (candidate.find()) {
      if (isIdentityNumber(candidate.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdentityNumber(String number) {
    char check = Character.toUpperCase(number.charAt(IdentityNumberRules.LENGTH - 1));
    return check == IdentityNumberRules.checkCharacterOf(number)
        && IdentityNumberRules.birthDateOf(number)
            .filter(birth -> birth.getYear() >= EARLIEST_BIRTH_YEAR)
            .isPresent();
  }
}
