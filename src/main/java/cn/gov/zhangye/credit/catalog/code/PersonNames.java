package cn.gov.zhangye.credit.catalog.code;

import java.util.Set;

/** Masking of a person's name for display: the family name stays, the given name becomes stars. */
public final class PersonNames {

  private PersonNames() {}

  /**
   * {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧阳**}. A name no longer than its compound
   * surname is taken to have a one-character family name. Counts code points, so that rare
   * characters outside the Basic Multilingual Plane count as one.
   *
   * @param compoundSurnames family names of more than one character, such as {@code 欧阳}
   */
  public static String mask(String name, Set<String> compoundSurnames) {
    int length = name.codePointCount(0, name.length());
    if (length == 0) {
      return name;
    }
    int familyLength =
        compoundSurnames.stream()
            .filter(surname -> name.startsWith(surname))
            .mapToInt(surname -> surname.codePointCount(0, surname.length()))
            .filter(surnameLength -> surnameLength < length)
            .max()
            .orElse(1);
    int familyEnd = name.offsetByCodePoints(0, familyLength);
    return name.substring(0, familyEnd) + "*".repeat(length - familyLength);
  }
}
