package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.testing.TestCodes;
import java.util.ArrayList;
import java.util.List;

/** Codes changed the ways people and programs get them wrong, for the property classes. */
final class NearMisses {

  /** A space, a tab, a line break, a no-break and an ideographic space. */
  private static final String WHITESPACE = " \t\n\u00A0\u3000";

  private NearMisses() {}

  /** {@code code} with the character at {@code position} replaced (removed when empty). */
  static String replaced(String code, int position, String replacement) {
    return code.substring(0, position) + replacement + code.substring(position + 1);
  }

  /** {@code code} with {@code text} inserted before {@code position}. */
  static String inserted(String code, int position, String text) {
    return code.substring(0, position) + text + code.substring(position);
  }

  /** {@code code} with the characters at {@code position} and the next swapped. */
  static String swapped(String code, int position) {
    return code.substring(0, position)
        + code.charAt(position + 1)
        + code.charAt(position)
        + code.substring(position + 2);
  }

  /** {@code code} with one character in its full-width form, every way. */
  static List<String> withAFullWidthCharacter(String code) {
    List<String> changed = new ArrayList<>();
    for (int position = 0; position < code.length(); position++) {
      changed.add(
          replaced(code, position, TestCodes.fullWidth(code.substring(position, position + 1))));
    }
    return changed;
  }

  /** {@code code} with one whitespace character before, inside or after it, every way. */
  static List<String> withWhitespace(String code) {
    List<String> changed = new ArrayList<>();
    for (char space : WHITESPACE.toCharArray()) {
      for (int position = 0; position <= code.length(); position++) {
        changed.add(inserted(code, position, String.valueOf(space)));
      }
    }
    return changed;
  }

  /** {@code code} with one character left out or {@code extra} put in, at every position. */
  static List<String> withACharacterMoreOrLess(String code, char extra) {
    List<String> changed = new ArrayList<>();
    for (int position = 0; position < code.length(); position++) {
      changed.add(replaced(code, position, ""));
    }
    for (int position = 0; position <= code.length(); position++) {
      changed.add(inserted(code, position, String.valueOf(extra)));
    }
    return changed;
  }

  /** {@code code} with one character replaced by another of {@code characters}, every way. */
  static List<String> substitutions(String code, String characters) {
    List<String> changed = new ArrayList<>();
    for (int position = 0; position < code.length(); position++) {
      for (char replacement : characters.toCharArray()) {
        if (replacement != code.charAt(position)) {
          changed.add(replaced(code, position, String.valueOf(replacement)));
        }
      }
    }
    return changed;
  }

  /** {@code code} with two different neighbours swapped, every way. */
  static List<String> adjacentSwaps(String code) {
    List<String> changed = new ArrayList<>();
    for (int position = 0; position + 1 < code.length(); position++) {
      if (code.charAt(position) != code.charAt(position + 1)) {
        changed.add(swapped(code, position));
      }
    }
    return changed;
  }
}
