package cn.gov.zhangye.credit.catalog;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the catalogue data comes from. */
@ConfigMapping(prefix = "credit.catalog")
public interface CatalogConfig {

  /**
   * A directory laid out like {@code src/main/resources/catalog/} that replaces the catalogue
   * shipped with the gateway, so that the credit office can correct catalogue data without a
   * release. Absent: the shipped catalogue.
   */
  Optional<Path> directory();
}
