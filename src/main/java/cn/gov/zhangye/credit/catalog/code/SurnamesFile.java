package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.CatalogFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The shape of {@code codes/compound-surnames.json}. */
record SurnamesFile(String note, List<String> surnames) {

  /** The surnames, after checking that each is two or more Chinese characters, listed once. */
  Set<String> validated(CatalogFile file) {
    if (surnames == null) {
      throw file.invalid("surnames", "must be a list (it may be empty)");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < surnames.size(); i++) {
      String where = "surnames[" + i + "]";
      String surname = surnames.get(i);
      if (surname == null || surname.codePointCount(0, surname.length()) < 2) {
        throw file.invalid(where, "must be at least two characters");
      }
      if (!surname.codePoints().allMatch(SurnamesFile::isHan)) {
        throw file.invalid(where, "\"" + surname + "\" must consist of Chinese characters only");
      }
      if (!unique.add(surname)) {
        throw file.invalid(where, "\"" + surname + "\" appears twice");
      }
    }
    return unique;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
