package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.CatalogFile;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shape of {@code codes/uscc-overrides.json}. */
record OverridesFile(String note, List<UsccOverride> overrides) {

  /** The overrides by code, after checking every entry. */
  Map<String, UsccOverride> validated(CatalogFile file) {
    if (overrides == null) {
      throw file.invalid("overrides", "must be a list (it may be empty)");
    }
    Map<String, UsccOverride> byCode = new LinkedHashMap<>();
    for (int i = 0; i < overrides.size(); i++) {
      String where = "overrides[" + i + "]";
      UsccOverride override = overrides.get(i);
      if (override == null) {
        throw file.invalid(where, "must be an object");
      }
      validateCode(file, where + ".code", override.code());
      if (byCode.putIfAbsent(override.code(), override) != null) {
        throw file.invalid(where + ".code", override.code() + " appears twice");
      }
      if (override.reason() == null || override.reason().isBlank()) {
        throw file.invalid(where + ".reason", "must say why the code is accepted");
      }
      if (override.addedOn() == null) {
        throw file.invalid(where + ".addedOn", "must be the date it was added, yyyy-MM-dd");
      }
    }
    return byCode;
  }

  private static void validateCode(CatalogFile file, String where, String code) {
    if (code == null) {
      throw file.invalid(where, "is missing");
    }
    if (UnifiedSocialCreditCode.isPlaceholder(code)) {
      throw file.invalid(
          where, "the placeholder cannot be overridden; record types accept it explicitly");
    }
    Optional<CodeDefect> formDefect = UnifiedSocialCreditCode.formDefectOf(code);
    if (formDefect.isPresent()) {
      throw file.invalid(where, formDefect.get().message().in(Languages.ENGLISH));
    }
  }
}
