package cn.gov.zhangye.credit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogMessagesTest {

  @Test
  void everyChineseTextHasAnEnglishOneAndBack() {
    assertEquals(keys("i18n/catalog.properties"), keys("i18n/catalog_en.properties"));
  }

  private static Set<String> keys(String resource) {
    Properties texts = new Properties();
    try (InputStream in =
        CatalogMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return texts.stringPropertyNames();
  }
}
