package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two fields of draft-ietf-httpapi-ratelimit-headers-11 by the grammar of RFC 9651: a
 * List of Items, each an sf-string with parameters; failing on anything else.
 */
final class StructuredFields {

  private static final String STRING = "\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\"\\\\])*\"";
  private static final String KEY = "[a-z*][a-z0-9_.*-]*";
  private static final String BARE_ITEM =
      "-?\\d{1,15}(?:\\.\\d{1,3})?|"
          + STRING
          + "|[A-Za-z*][\\w:/!#$%&'*+.^`|~-]*|:[A-Za-z0-9+/=]*:|\\?[01]";
  private static final String PARAMETER = ";\\x20*(" + KEY + ")(?:=(" + BARE_ITEM + "))?";
  private static final String ITEM = "(" + STRING + ")((?:" + PARAMETER + ")*)";
  private static final Pattern LIST = Pattern.compile(ITEM + "(?:[ \\t]*,[ \\t]*" + ITEM + ")*");
  private static final Pattern ONE_ITEM = Pattern.compile(ITEM);
  private static final Pattern ONE_PARAMETER = Pattern.compile(PARAMETER);

  /** One Item: the policy name and its parameters in order. */
  record Item(String name, Map<String, String> parameters) {}

  private StructuredFields() {}

  static List<Item> list(String field) {
    assertTrue(field != null && LIST.matcher(field).matches(), "not an sf-list: " + field);
    List<Item> items = new ArrayList<>();
    Matcher item = ONE_ITEM.matcher(field);
    while (item.find()) {
      String quoted = item.group(1);
      Map<String, String> parameters = new LinkedHashMap<>();
      Matcher parameter = ONE_PARAMETER.matcher(item.group(2));
      while (parameter.find()) {
        parameters.put(parameter.group(1), parameter.group(2) == null ? "?1" : parameter.group(2));
      }
      items.add(new Item(quoted.substring(1, quoted.length() - 1), parameters));
    }
    return items;
  }

  /** RateLimit-Policy: each item has an integer q and a positive integer w. */
  static List<Item> policy(String field) {
    List<Item> items = list(field);
    for (Item item : items) {
      assertTrue(String.valueOf(item.parameters().get("q")).matches("\\d{1,15}"), "q of " + item);
      assertTrue(
          String.valueOf(item.parameters().get("w")).matches("[1-9]\\d{0,14}"), "w of " + item);
    }
    return items;
  }

  /** RateLimit: each item has an integer r and t. */
  static List<Item> limit(String field) {
    List<Item> items = list(field);
    for (Item item : items) {
      assertTrue(String.valueOf(item.parameters().get("r")).matches("\\d{1,15}"), "r of " + item);
      assertTrue(String.valueOf(item.parameters().get("t")).matches("\\d{1,15}"), "t of " + item);
    }
    return items;
  }
}
