package cn.gov.zhangye.credit.testing;

import cn.gov.zhangye.credit.catalog.code.IdentityNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resident identity numbers in clear text: 18 characters that pass the check character and
 * hold a real birth date. A masked number ({@code 620702********123X}) never matches.
 */
public final class UnmaskedIdentityNumbers {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

  private UnmaskedIdentityNumbers() {}

  /** The identity numbers in {@code text}, each masked so that a report never shows it. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher candidate = CANDIDATE.matcher(text);
    while (candidate.find()) {
      String value = candidate.group();
      if (IdentityNumber.defectOf(value, LocalDate.now()).isEmpty()) {
        found.add(IdentityNumber.parse(value, LocalDate.now()).masked());
      }
    }
    return found;
  }
}
