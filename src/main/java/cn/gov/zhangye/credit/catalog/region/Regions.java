package cn.gov.zhangye.credit.catalog.region;

import cn.gov.zhangye.credit.catalog.CatalogConfig;
import cn.gov.zhangye.credit.catalog.CatalogFile;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administrative divisions of the catalogue ({@code regions.json}): the divisions the gateway
 * serves, and the provincial-level divisions that name any other six-digit code by its first two
 * digits. Loaded once, at startup.
 */
@ApplicationScoped
@Startup
public class Regions {

  public static final String FILE = "regions.json";

  static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");

  private final Map<String, Province> provinces;
  private final Map<String, Division> divisions;

  @Inject
  Regions(CatalogConfig config) {
    this(CatalogFiles.from(config));
  }

  private Regions(CatalogFiles files) {
    CatalogFile file = new CatalogFile(files, FILE);
    RegionsFile content = file.read(RegionsFile.class);
    this.provinces = Collections.unmodifiableMap(content.validatedProvinces(file));
    this.divisions = Collections.unmodifiableMap(content.validatedDivisions(file, this.provinces));
  }

  /**
   * Reads and checks {@code regions.json}.
   *
   * @throws cn.gov.zhangye.credit.catalog.CatalogException naming the file and what is wrong
   */
  public static Regions load(CatalogFiles files) {
    return new Regions(files);
  }

  /** All divisions, in the order of the file. */
  public List<Division> all() {
    return List.copyOf(divisions.values());
  }

  /** The divisions directly below {@code parent}. */
  public List<Division> children(String parent) {
    return divisions.values().stream().filter(d -> parent.equals(d.parent())).toList();
  }

  public Optional<Division> division(String code) {
    return Optional.ofNullable(divisions.get(code));
  }

  /**
   * The provincial-level division a six-digit code belongs to, whether or not the code itself is in
   * the table: {@code 110105} → 北京市. Empty if the code is not six digits or its first two digits
   * name no province.
   */
  public Optional<Province> provinceOf(String divisionCode) {
    if (divisionCode == null || !DIVISION_CODE.matcher(divisionCode).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(provinces.get(divisionCode.substring(0, 2)));
  }
}
