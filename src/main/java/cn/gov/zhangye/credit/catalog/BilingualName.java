package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.util.Locale;

/** A name as the catalogue data gives it: in Chinese (the default) and in English. */
public record BilingualName(String zh, String en) {

  public String in(Locale language) {
    return Languages.ENGLISH.equals(language) ? en : zh;
  }

  /** Whether both names are present and not blank. */
  public boolean isComplete() {
    return zh != null && !zh.isBlank() && en != null && !en.isBlank();
  }
}
