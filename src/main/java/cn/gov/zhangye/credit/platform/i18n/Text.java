package cn.gov.zhangye.credit.platform.i18n;

import java.util.Locale;

/** A text not yet put into words: a message key and its arguments, rendered per language. */
public record Text(String key, Object... arguments) {

  public String in(Locale language) {
    return Messages.text(language, key, arguments);
  }
}
