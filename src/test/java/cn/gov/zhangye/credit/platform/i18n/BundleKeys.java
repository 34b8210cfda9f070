package cn.gov.zhangye.credit.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The keys of one message bundle file on the class path. */
final class BundleKeys {

  private BundleKeys() {}

  static Set<String> of(String resource) {
    Properties properties = new Properties();
    try (InputStream stream = BundleKeys.class.getClassLoader().getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException("Missing bundle " + resource);
      }
      properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
