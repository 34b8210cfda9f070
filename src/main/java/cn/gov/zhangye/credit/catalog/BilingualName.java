package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name or text as the catalogue data gives it: in Chinese (the default) and in English. */
@Schema(name = "Names")
public record BilingualName(String zh, String en) {

  public String in(Locale language) {
    return Languages.ENGLISH.equals(language) ? en : zh;
  }
}
