package cn.gov.zhangye.credit.platform.i18n;

import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text not yet put into words: a message key and its arguments, rendered per language. Two texts
 * are equal when their keys and arguments are.
 */
public record Text(String key, Object... arguments) {

  /** This text with every resident identity number in its string arguments masked. */
  public Text withIdentityNumbersMasked() {
    return new Text(
        key,
        Arrays.stream(arguments)
            .map(
                argument ->
                    argument instanceof String text ? IdentityNumberMask.mask(text) : argument)
            .toArray());
  }

  public String in(Locale language) {
    return Messages.text(language, key, arguments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Text text
        && key.equals(text.key)
        && Arrays.equals(arguments, text.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, Arrays.hashCode(arguments));
  }

  @Override
  public String toString() {
    return "Text[" + key + Arrays.toString(arguments) + "]";
  }
}
