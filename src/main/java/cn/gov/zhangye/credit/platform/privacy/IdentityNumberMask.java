package cn.gov.zhangye.credit.platform.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks resident identity numbers in text the gateway sends back unbidden, such as a request path
 * echoed in a problem: the first 6 and the last 4 characters stay, as domain.md shows numbers. A
 * number is masked when its check character (GB 11643) and its birth date are right, so that a
 * credit code of 18 digits is left alone.
 */
public final class IdentityNumberMask {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  private IdentityNumberMask() {}

  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    Matcher candidate = CANDIDATE.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (candidate.find()) {
      String number = candidate.group();
      String replacement =
          isIdentityNumber(number)
              ? number.substring(0, 6) + "********" + number.substring(14)
              : number;
      candidate.appendReplacement(masked, Matcher.quoteReplacement(replacement));
    }
    return candidate.appendTail(masked).toString();
  }

  private static boolean isIdentityNumber(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    if (Character.toUpperCase(number.charAt(17)) != CHECKS.charAt(sum % 11)) {
      return false;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
      return birth.getYear() >= 1900;
    } catch (DateTimeException notADate) {
      return false;
    }
  }
}
