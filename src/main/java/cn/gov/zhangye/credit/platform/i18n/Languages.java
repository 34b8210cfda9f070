package cn.gov.zhangye.credit.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the gateway speaks, and the choice among them by {@code Accept-Language}. */
public final class Languages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

  private Languages() {}

  /**
   * The best supported language for an {@code Accept-Language} header; Chinese when the header is
   * absent, malformed or names nothing we speak.
   */
  public static Locale choose(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return CHINESE;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        if (range.getWeight() == 0) {
          continue;
        }
        String language = range.getRange().split("-", 2)[0];
        for (Locale supported : SUPPORTED) {
          if (supported.getLanguage().equals(language)) {
            return supported;
          }
        }
      }
    } catch (IllegalArgumentException malformed) {
      return CHINESE;
    }
    return CHINESE;
  }
}
