package cn.gov.zhangye.credit.catalog.region;

import cn.gov.zhangye.credit.catalog.CatalogFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The shape of {@code regions.json}. */
record RegionsFile(String note, List<Province> provinces, List<Division> divisions) {

  private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

  /** The provinces by code, after checking every entry. */
  Map<String, Province> validatedProvinces(CatalogFile file) {
    if (provinces == null || provinces.isEmpty()) {
      throw file.invalid("provinces", "must be a non-empty list");
    }
    Map<String, Province> byCode = new LinkedHashMap<>();
    for (int i = 0; i < provinces.size(); i++) {
      String where = "provinces[" + i + "]";
      Province province = provinces.get(i);
      if (province == null) {
        throw file.invalid(where, "must be an object");
      }
      requireCode(file, where + ".code", province.code(), PROVINCE_CODE, "two digits");
      if (byCode.putIfAbsent(province.code(), province) != null) {
        throw file.invalid(where + ".code", province.code() + " appears twice");
      }
      file.requireName(where + ".name", province.name());
    }
    return byCode;
  }

  /**
   * The divisions by code, in file order, after checking every entry against the others and against
   * {@code provinces}.
   */
  Map<String, Division> validatedDivisions(CatalogFile file, Map<String, Province> provinces) {
    if (divisions == null || divisions.isEmpty()) {
      throw file.invalid("divisions", "must be a non-empty list");
    }
    Map<String, Division> byCode = new LinkedHashMap<>();
    for (int i = 0; i < divisions.size(); i++) {
      String where = "divisions[" + i + "]";
      Division division = divisions.get(i);
      if (division == null) {
        throw file.invalid(where, "must be an object");
      }
      requireCode(file, where + ".code", division.code(), Regions.DIVISION_CODE, "six digits");
      if (byCode.putIfAbsent(division.code(), division) != null) {
        throw file.invalid(where + ".code", division.code() + " appears twice");
      }
      if (!provinces.containsKey(division.code().substring(0, 2))) {
        throw file.invalid(
            where + ".code",
            division.code() + " begins with no province code listed under provinces");
      }
      file.requireName(where + ".name", division.name());
      if (division.level() == null) {
        throw file.invalid(where + ".level", "must be province, city, district or county");
      }
    }
    for (int i = 0; i < divisions.size(); i++) {
      validateParent(file, "divisions[" + i + "].parent", divisions.get(i), byCode);
    }
    return byCode;
  }

  private static void validateParent(
      CatalogFile file, String where, Division division, Map<String, Division> byCode) {
    boolean province = division.level() == DivisionLevel.PROVINCE;
    if (province && division.parent() != null) {
      throw file.invalid(where, "a province has no parent");
    }
    if (!province && division.parent() == null) {
      throw file.invalid(where, "is required below the province level");
    }
    if (division.parent() != null
        && (division.parent().equals(division.code()) || !byCode.containsKey(division.parent()))) {
      throw file.invalid(
          where, division.parent() + " must be the code of another division of this file");
    }
  }

  private static void requireCode(
      CatalogFile file, String where, String code, Pattern pattern, String shape) {
    if (code == null || !pattern.matcher(code).matches()) {
      throw file.invalid(
          where, "must be " + shape + ", found " + (code == null ? "nothing" : "\"" + code + "\""));
    }
  }
}
