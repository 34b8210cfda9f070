package cn.gov.zhangye.credit.catalog.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogDirectory;
import cn.gov.zhangye.credit.catalog.CatalogException;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionsTest {

  private static final Regions SHIPPED = Regions.load(CatalogFiles.shipped());

  private static final String PROVINCES =
      """
      "provinces": [{"code": "62", "name": {"zh": "甘肃省", "en": "Gansu Province"}}]""";

  @TempDir Path root;

  @Test
  void holdsZhangyeAndItsDistrictAndCounties() {
    assertEquals(8, SHIPPED.all().size());
    assertEquals(
        List.of("620702", "620721", "620722", "620723", "620724", "620725"),
        SHIPPED.children("620700").stream().map(Division::code).toList());
    assertEquals(
        List.of("620723", "620724", "620725"),
        SHIPPED.all().stream().filter(Division::pilot).map(Division::code).toList());
    Division zhangye = SHIPPED.division("620700").orElseThrow();
    assertEquals(DivisionLevel.CITY, zhangye.level());
    assertEquals("620000", zhangye.parent());
    assertEquals("Zhangye City", zhangye.name().in(Languages.ENGLISH));
  }

  @Test
  void namesTheProvinceOfACodeNotInTheTable() {
    assertTrue(SHIPPED.division("110105").isEmpty());
    assertEquals("北京市", SHIPPED.provinceOf("110105").orElseThrow().name().zh());
    assertEquals("甘肃省", SHIPPED.provinceOf("620702").orElseThrow().name().zh());
  }

  @Test
  void knowsAllThirtyFourProvincialLevelDivisions() {
    long named =
        IntStream.rangeClosed(10, 82)
            .filter(prefix -> SHIPPED.provinceOf(prefix + "0000").isPresent())
            .count();

    assertEquals(34, named);
  }

  @Test
  void namesNoProvinceForAnUnknownPrefixOrAMalformedCode() {
    assertTrue(SHIPPED.provinceOf("990000").isEmpty());
    assertTrue(SHIPPED.provinceOf("62070").isEmpty());
    assertTrue(SHIPPED.provinceOf("62070A").isEmpty());
  }

  @Test
  void rejectsAnUnknownParent() {
    assertFailure(
        """
        {%s, "divisions": [
          {"code": "620000", "name": {"zh": "甘肃省", "en": "Gansu"}, "level": "province"},
          {"code": "620700", "name": {"zh": "张掖市", "en": "Zhangye"}, "level": "city",
           "parent": "629900"}]}"""
            .formatted(PROVINCES),
        "divisions[1].parent: 629900 must be the code of another division of this file");
  }

  @Test
  void rejectsAProvinceWithAParent() {
    assertFailure(
        """
        {%s, "divisions": [
          {"code": "620000", "name": {"zh": "甘肃省", "en": "Gansu"}, "level": "province",
           "parent": "620000"}]}"""
            .formatted(PROVINCES),
        "divisions[0].parent: a province has no parent");
  }

  @Test
  void rejectsACodeOfAnUnlistedProvince() {
    assertFailure(
        """
        {%s, "divisions": [
          {"code": "110000", "name": {"zh": "北京市", "en": "Beijing"}, "level": "province"}]}"""
            .formatted(PROVINCES),
        "divisions[0].code: 110000 begins with no province code listed under provinces");
  }

  @Test
  void rejectsAMalformedCode() {
    assertFailure(
        """
        {%s, "divisions": [
          {"code": "62000", "name": {"zh": "甘肃省", "en": "Gansu"}, "level": "province"}]}"""
            .formatted(PROVINCES),
        "divisions[0].code: must be six digits, found \"62000\"");
  }

  @Test
  void rejectsAnUnknownLevel() {
    String message =
        failure(
            """
            {%s, "divisions": [
              {"code": "620000", "name": {"zh": "甘肃省", "en": "Gansu"}, "level": "state"}]}"""
                .formatted(PROVINCES));

    assertTrue(message.contains("divisions[0].level"), message);
  }

  private void assertFailure(String content, String what) {
    assertEquals(CatalogFiles.in(root).describe(Regions.FILE) + ": " + what, failure(content));
  }

  private String failure(String content) {
    CatalogDirectory directory = CatalogDirectory.copyOf(root).write(Regions.FILE, content);
    return assertThrows(CatalogException.class, () -> Regions.load(directory.files())).getMessage();
  }
}
