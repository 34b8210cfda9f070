package cn.gov.zhangye.credit.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resident identity numbers in clear text: 17 digits and a check character that passes the
 * check of GB 11643, holding a real birth date. Full-width digits count as digits. A masked number
 * ({@code 620702********123X}) never matches. Written apart from the gateway's own checks and mask
 * ({@link TestCodes}), so that a fault there cannot hide a leak.
 */
public final class UnmaskedIdentityNumbers {

  private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final int EARLIEST_BIRTH_YEAR = 1800;

  private UnmaskedIdentityNumbers() {}

  /** The identity numbers in {@code text}, each masked so that a report never shows it. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher candidate = CANDIDATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (candidate.find()) {
      String value = candidate.group();
      if (isIdentityNumber(value)) {
        found.add(value.substring(0, 6) + "********" + value.substring(14).toUpperCase());
      }
    }
    return found;
  }

  private static boolean isIdentityNumber(String value) {
    return TestCodes.identityCheckCharacter(value) == Character.toUpperCase(value.charAt(17))
        && TestCodes.birthDateOf(value)
            .filter(date -> date.getYear() >= EARLIEST_BIRTH_YEAR)
            .isPresent();
  }
}
