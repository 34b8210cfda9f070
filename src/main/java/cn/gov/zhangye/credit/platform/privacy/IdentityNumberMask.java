package cn.gov.zhangye.credit.platform.privacy;

import java.util.regex.Pattern;

/**
 * Masks whatever looks like a resident identity number (17 digits and a check character) in text
 * the gateway sends back unbidden, such as a request path echoed in a problem: the first 6 and the
 * last 4 characters stay, as domain.md shows numbers. A number needs no valid check character to be
 * masked here; an all-digit credit code that happens to match is masked too.
 */
public final class IdentityNumberMask {

  private static final Pattern NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

  private IdentityNumberMask() {}

  public static String mask(String text) {
    return text == null ? null : NUMBER.matcher(text).replaceAll("$1********$2");
  }
}
