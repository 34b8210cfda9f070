package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.CatalogFile;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data behind the subject-code checks: registration authorities and their organisation types,
 * the USCC override list, and the compound surnames used to mask names. Loaded from the catalogue
 * so that the credit office can amend them without a release.
 */
public final class CodeTables {

  public static final String AUTHORITIES = "codes/registration-authorities.json";
  public static final String OVERRIDES = "codes/uscc-overrides.json";
  public static final String COMPOUND_SURNAMES = "codes/compound-surnames.json";

  private final Map<String, RegistrationAuthority> authorities;
  private final Map<String, UsccOverride> overrides;
  private final Set<String> compoundSurnames;

  private CodeTables(
      Map<String, RegistrationAuthority> authorities,
      Map<String, UsccOverride> overrides,
      Set<String> compoundSurnames) {
    this.authorities = Collections.unmodifiableMap(authorities);
    this.overrides = Collections.unmodifiableMap(overrides);
    this.compoundSurnames = Collections.unmodifiableSet(compoundSurnames);
  }

  /**
   * Reads and checks the three tables.
   *
   * @throws cn.gov.zhangye.credit.catalog.CatalogException naming the file and what is wrong
   */
  public static CodeTables load(CatalogFiles files) {
    CatalogFile authorityFile = new CatalogFile(files, AUTHORITIES);
    CatalogFile overrideFile = new CatalogFile(files, OVERRIDES);
    CatalogFile surnameFile = new CatalogFile(files, COMPOUND_SURNAMES);
    return new CodeTables(
        authorityFile.read(AuthoritiesFile.class).validated(authorityFile),
        overrideFile.read(OverridesFile.class).validated(overrideFile),
        surnameFile.read(SurnamesFile.class).validated(surnameFile));
  }

  public Collection<RegistrationAuthority> authorities() {
    return authorities.values();
  }

  public Optional<RegistrationAuthority> authority(char code) {
    return Optional.ofNullable(authorities.get(String.valueOf(code)));
  }

  public Optional<UsccOverride> override(String code) {
    return Optional.ofNullable(overrides.get(code));
  }

  public Set<String> compoundSurnames() {
    return compoundSurnames;
  }
}
