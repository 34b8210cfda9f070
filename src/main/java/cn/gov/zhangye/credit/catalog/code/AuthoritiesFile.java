package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.CatalogFile;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of {@code codes/registration-authorities.json}. */
record AuthoritiesFile(String note, List<RegistrationAuthority> authorities) {

  /** The authorities by code, after checking every entry. */
  Map<String, RegistrationAuthority> validated(CatalogFile file) {
    if (authorities == null || authorities.isEmpty()) {
      throw file.invalid("authorities", "must be a non-empty list");
    }
    Map<String, RegistrationAuthority> byCode = new LinkedHashMap<>();
    for (int i = 0; i < authorities.size(); i++) {
      String where = "authorities[" + i + "]";
      RegistrationAuthority authority = authorities.get(i);
      if (authority == null) {
        throw file.invalid(where, "must be an object");
      }
      requireSymbol(file, where + ".code", authority.code());
      if (byCode.putIfAbsent(authority.code(), authority) != null) {
        throw file.invalid(where + ".code", "\"" + authority.code() + "\" appears twice");
      }
      file.requireName(where + ".name", authority.name());
      validateTypes(file, where, authority.types());
    }
    return byCode;
  }

  private static void validateTypes(
      CatalogFile file, String where, List<RegistrationAuthority.OrganisationType> types) {
    if (types == null || types.isEmpty()) {
      throw file.invalid(where + ".types", "must be a non-empty list");
    }
    Set<String> codes = new HashSet<>();
    for (int j = 0; j < types.size(); j++) {
      String typeWhere = where + ".types[" + j + "]";
      RegistrationAuthority.OrganisationType type = types.get(j);
      if (type == null) {
        throw file.invalid(typeWhere, "must be an object");
      }
      requireSymbol(file, typeWhere + ".code", type.code());
      if (!codes.add(type.code())) {
        throw file.invalid(typeWhere + ".code", "\"" + type.code() + "\" appears twice");
      }
      file.requireName(typeWhere + ".name", type.name());
    }
  }

  private static void requireSymbol(CatalogFile file, String where, String code) {
    if (code == null
        || code.length() != 1
        || UnifiedSocialCreditCode.ALPHABET.indexOf(code.charAt(0)) < 0) {
      throw file.invalid(
          where,
          "must be one character of "
              + UnifiedSocialCreditCode.ALPHABET
              + ", found "
              + (code == null ? "nothing" : "\"" + code + "\""));
    }
  }
}
