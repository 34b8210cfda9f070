package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.region.DivisionCodes;
import cn.gov.zhangye.credit.platform.i18n.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search, checked: the text, whether it is a code prefix or (part of) a name, and the filters.
 *
 * @param text the name part, or the upper-cased code prefix
 * @param byCode whether {@code text} is a code prefix: letters and digits only
 * @param prefix for a name: whether names must start with {@code text} rather than contain it
 * @param kind only subjects of this kind; null for both
 * @param divisionPrefix only subjects whose division code starts so (620700 becomes 6207); null for
 *     all
 * @param onList only subjects on a list of this kind; null for all
 */
record SearchCriteria(
    String text,
    boolean byCode,
    boolean prefix,
    SubjectKind kind,
    String divisionPrefix,
    ListFlag onList) {

  static final int MIN_LENGTH = 2;
  static final int MAX_LENGTH = 100;

  private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-Za-z]+");
  private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");

  /** The lists a search can be narrowed to. */
  enum ListFlag {
    BLACK,
    RED
  }

  /**
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a missing or malformed
   *     parameter
   */
  static SearchCriteria of(String q, String match, String kind, String region, String onList) {
    String text = q == null ? "" : q.strip();
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw QueryParameters.malformed(
          "q", "length", new Text("violation.query.q", MIN_LENGTH, MAX_LENGTH));
    }
    boolean byCode = CODE_PREFIX.matcher(text).matches();
    return new SearchCriteria(
        byCode ? text.toUpperCase(Locale.ROOT) : text,
        byCode,
        prefix(match),
        value("kind", kind, SubjectKind.class),
        divisionPrefix(region),
        value("onList", onList, ListFlag.class));
  }

  boolean includes(SubjectKind candidate) {
    return kind == null || kind == candidate;
  }

  private static boolean prefix(String match) {
    if (match == null || match.equals("contains")) {
      return false;
    }
    if (match.equals("prefix")) {
      return true;
    }
    throw QueryParameters.malformed(
        "match", "enum", new Text("violation.query.enum", "match", "contains, prefix"));
  }

  private static String divisionPrefix(String region) {
    if (region == null) {
      return null;
    }
    if (!DIVISION.matcher(region).matches()) {
      throw QueryParameters.malformed("region", "format", new Text("violation.query.region"));
    }
    return DivisionCodes.prefixWithin(region);
  }

  private static <E extends Enum<E>> E value(String parameter, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
      }
      throw QueryParameters.malformed(
          parameter, "enum", new Text("violation.query.enum", parameter, allowed.toString()));
    }
  }
}
