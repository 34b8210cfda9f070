package cn.gov.zhangye.credit.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void chineseUnlessEnglishIsPreferred() {
    assertEquals(Languages.CHINESE, Languages.choose(null));
    assertEquals(Languages.CHINESE, Languages.choose(""));
    assertEquals(Languages.CHINESE, Languages.choose("zh-CN,zh;q=0.9,en;q=0.8"));
    assertEquals(Languages.CHINESE, Languages.choose("de, fr;q=0.5"));
    assertEquals(Languages.CHINESE, Languages.choose(";;;garbage==="));
    assertEquals(Languages.ENGLISH, Languages.choose("en"));
    assertEquals(Languages.ENGLISH, Languages.choose("en-US,zh;q=0.3"));
    assertEquals(Languages.ENGLISH, Languages.choose("fr, en;q=0.8, zh;q=0.5"));
    assertEquals(Languages.CHINESE, Languages.choose("en;q=0, zh"));
  }

  @Test
  void everyChineseTextHasAnEnglishOneAndTheReverse() {
    for (String bundle : Messages.bundles()) {
      var chinese = BundleKeys.of(bundle + ".properties");
      var english = BundleKeys.of(bundle + "_en.properties");
      assertEquals(chinese, english, bundle + ": keys differ between Chinese and English");
    }
  }
}
