package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.region.Province;
import cn.gov.zhangye.credit.catalog.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** Puts the check of a USCC and the names of its fields into words, in one language. */
@ApplicationScoped
class UsccReports {

  private final SubjectCodes codes;
  private final Regions regions;

  UsccReports(SubjectCodes codes, Regions regions) {
    this.codes = codes;
    this.regions = regions;
  }

  UsccReport report(String raw, Locale language) {
    UsccCheck check = codes.checkUscc(raw);
    if (!check.valid() && codes.identityNumberDefectOf(raw).isEmpty()) {
      return personalNumber(raw, check, language);
    }
    Optional<UsccFields> fields = UsccFields.of(raw);
    return new UsccReport(
        raw,
        check.valid(),
        check.placeholder(),
        check.overridden(),
        check
            .defect()
            .map(defect -> new UsccReport.Defect(defect.code(), defect.message().in(language)))
            .orElse(null),
        fields.map(f -> authority(f, language)).orElse(null),
        fields.map(f -> organisationType(f, language)).orElse(null),
        fields.map(f -> division(f.divisionCode(), language)).orElse(null),
        fields.map(UsccFields::organisationCode).orElse(null));
  }

  /**
   * The report on a resident identity number given as a credit code: it is not echoed, and none of
   * its parts is shown.
   */
  private UsccReport personalNumber(String raw, UsccCheck check, Locale language) {
    return new UsccReport(
        codes.parseIdentityNumber(raw).masked(),
        false,
        false,
        false,
        check
            .defect()
            .map(defect -> new UsccReport.Defect(defect.code(), defect.message().in(language)))
            .orElse(null),
        null,
        null,
        null,
        null);
  }

  private UsccReport.CodedName authority(UsccFields fields, Locale language) {
    return new UsccReport.CodedName(
        String.valueOf(fields.registrationAuthority()),
        codes
            .tables()
            .authority(fields.registrationAuthority())
            .map(authority -> authority.name().in(language))
            .orElse(null));
  }

  private UsccReport.CodedName organisationType(UsccFields fields, Locale language) {
    return new UsccReport.CodedName(
        "" + fields.registrationAuthority() + fields.organisationType(),
        codes
            .tables()
            .authority(fields.registrationAuthority())
            .flatMap(authority -> authority.type(fields.organisationType()))
            .map(type -> type.name().in(language))
            .orElse(null));
  }

  private UsccReport.DivisionName division(String code, Locale language) {
    return new UsccReport.DivisionName(
        code,
        regions.division(code).map(division -> division.name().in(language)).orElse(null),
        regions.provinceOf(code).map(Province::name).map(name -> name.in(language)).orElse(null));
  }
}
