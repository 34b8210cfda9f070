package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.CatalogConfig;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The subject-code checks as the gateway applies them: with the catalogue's override list, and with
 * "today" in China time. The tables are loaded once, at startup, so that broken catalogue data
 * stops the gateway instead of failing requests.
 */
@ApplicationScoped
@Startup
public class SubjectCodes {

  private final CodeTables tables;
  private final Clock clock;

  @Inject
  SubjectCodes(CatalogConfig config, Clock clock) {
    this(CodeTables.load(CatalogFiles.from(config)), clock);
  }

  /**
   * @param clock the current instant; its zone does not matter, today is the date in China
   */
  public SubjectCodes(CodeTables tables, Clock clock) {
    this.tables = tables;
    this.clock = clock;
  }

  public CodeTables tables() {
    return tables;
  }

  public UsccCheck checkUscc(String raw) {
    Optional<CodeDefect> defect = UnifiedSocialCreditCode.defectOf(raw);
    boolean overridden = defect.isPresent() && tables.override(raw).isPresent();
    return new UsccCheck(
        raw,
        overridden ? Optional.empty() : defect,
        UnifiedSocialCreditCode.isPlaceholder(raw),
        overridden);
  }

  /**
   * The valid or overridden code {@code raw}.
   *
   * @throws InvalidCodeException with the defect otherwise
   */
  public UnifiedSocialCreditCode parseUscc(String raw) {
    InvalidCodeException.throwIfPresent(checkUscc(raw).defect());
    return new UnifiedSocialCreditCode(raw);
  }

  public Optional<CodeDefect> identityNumberDefectOf(String raw) {
    return IdentityNumber.defectOf(raw, today());
  }

  /**
   * The valid identity number {@code raw}, normalised.
   *
   * @throws InvalidCodeException with the defect otherwise
   */
  public IdentityNumber parseIdentityNumber(String raw) {
    return IdentityNumber.parse(raw, today());
  }

  /** {@code name} masked for display, keeping the family name. */
  public String maskName(String name) {
    return PersonNames.mask(name, tables.compoundSurnames());
  }

  /** Today in China, by this instance's clock: the date after which a date is in the future. */
  public LocalDate today() {
    return ChinaTime.today(clock);
  }
}
