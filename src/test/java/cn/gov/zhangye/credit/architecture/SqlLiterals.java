package cn.gov.zhangye.credit.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string literals of a Java source that read as SQL: those with an upper-case SQL keyword.
 * Comments are skipped; text blocks count as one literal.
 */
final class SqlLiterals {

  private static final Pattern SQL =
      Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|INTO|TABLE|WHERE|EXISTS)\\b");

  private SqlLiterals() {}

  static List<String> in(String source) {
    List<String> sql = new ArrayList<>();
    for (String literal : literals(source)) {
      if (SQL.matcher(literal).find()) {
        sql.add(literal);
      }
    }
    return sql;
  }

  private static List<String> literals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int length = source.length();
    while (i < length) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = endOfLine(source, i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? length : end;
        literals.add(source.substring(i + 3, end));
        i = Math.min(length, end + 3);
      } else if (c == '"' || c == '\'') {
        int end = closing(source, i + 1, c);
        if (c == '"') {
          literals.add(source.substring(i + 1, end));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int closing(String source, int from, char quote) {
    int i = from;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, source.length());
  }

  private static int endOfLine(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }
}
