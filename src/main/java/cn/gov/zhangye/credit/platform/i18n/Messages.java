package cn.gov.zhangye.credit.platform.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts a person reads, in Chinese (the default) and English. Each feature keeps its texts in its
 * own bundle under {@code src/main/resources/i18n/}: {@code <name>.properties} holds the Chinese
 * text, {@code <name>_en.properties} the English one.
 */
public final class Messages {

  private static final List<String> BUNDLES =
      List.of(
          "i18n/problems",
          "i18n/paging",
          "i18n/catalog",
          "i18n/codes",
          "i18n/access-client",
          "i18n/access-token",
          "i18n/access-ratelimit",
          "i18n/access-audit",
          "i18n/subject",
          "i18n/record",
          "i18n/submission",
          "i18n/submission-format",
          "i18n/submission-stats",
          "i18n/query",
          "i18n/query-report");

  private Messages() {}

  /** The base names of the bundles, e.g. {@code i18n/catalog}. */
  public static List<String> bundles() {
    return BUNDLES;
  }

  /**
   * The text of {@code key} in {@code language}, with {@code arguments} filled in; an argument that
   * is itself a {@link Text} is put into words in the same language.
   */
  public static String text(Locale language, String key, Object... arguments) {
    Locale bundleLocale = Languages.ENGLISH.equals(language) ? Languages.ENGLISH : Locale.ROOT;
    for (String bundle : BUNDLES) {
      ResourceBundle texts = ResourceBundle.getBundle(bundle, bundleLocale, NO_FALLBACK);
      if (texts.containsKey(key)) {
        Object[] words =
            Arrays.stream(arguments)
                .map(argument -> argument instanceof Text text ? text.in(language) : argument)
                .toArray();
        return new MessageFormat(texts.getString(key), language).format(words);
      }
    }
    throw new MissingResourceException("No text for " + key, Messages.class.getName(), key);
  }

  /** Whether some bundle has a text for {@code key}. */
  public static boolean has(String key) {
    return BUNDLES.stream()
        .anyMatch(
            bundle -> ResourceBundle.getBundle(bundle, Locale.ROOT, NO_FALLBACK).containsKey(key));
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
