package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogDirectory;
import cn.gov.zhangye.credit.catalog.CatalogException;
import cn.gov.zhangye.credit.catalog.CatalogFiles;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeTablesTest {

  @TempDir Path root;

  @Test
  void loadsTheShippedTables() {
    CodeTables tables = CodeTables.load(CatalogFiles.shipped());

    RegistrationAuthority market = tables.authority('9').orElseThrow();
    assertEquals("个体工商户", market.type('2').orElseThrow().name().in(Languages.CHINESE));
    assertEquals(
        "Other (no further types)",
        tables.authority('Y').orElseThrow().type('1').orElseThrow().name().in(Languages.ENGLISH));
    assertTrue(tables.authority('Z').isEmpty());
    assertTrue(tables.compoundSurnames().contains("欧阳"));
    assertTrue(tables.override("91620702MA72XK3D15").isEmpty());
  }

  @Test
  void loadsOverridesFromAConfiguredDirectory() {
    CodeTables tables =
        CodeTables.load(
            directory()
                .write(
                    CodeTables.OVERRIDES,
                    """
                    {"overrides": [{"code": "91620702MA72XK3D15",
                      "reason": "登记机关复函", "addedOn": "2026-03-02"}]}""")
                .files());

    UsccOverride override = tables.override("91620702MA72XK3D15").orElseThrow();
    assertEquals("2026-03-02", override.addedOn().toString());
  }

  @Test
  void namesTheFileOfMalformedJson() {
    CatalogDirectory directory = directory().write(CodeTables.AUTHORITIES, "{\"authorities\": [");

    String message = failure(directory);

    assertTrue(message.startsWith(directory.describe(CodeTables.AUTHORITIES) + ": "), message);
    assertTrue(message.contains("line 1"), message);
  }

  @Test
  void namesTheFieldOfAWrongType() {
    String message =
        failure(directory().write(CodeTables.OVERRIDES, "{\"overrides\": [{\"code\": []}]}"));

    assertTrue(message.contains("overrides[0].code"), message);
  }

  @Test
  void rejectsAnAuthorityCodeOutsideTheAlphabet() {
    assertFailure(
        CodeTables.AUTHORITIES,
        """
        {"authorities": [{"code": "I", "name": {"zh": "甲", "en": "A"},
          "types": [{"code": "1", "name": {"zh": "乙", "en": "B"}}]}]}""",
        "authorities[0].code: must be one character of 0123456789ABCDEFGHJKLMNPQRTUWXY,"
            + " found \"I\"");
  }

  @Test
  void rejectsADuplicateType() {
    assertFailure(
        CodeTables.AUTHORITIES,
        """
        {"authorities": [{"code": "9", "name": {"zh": "甲", "en": "A"},
          "types": [{"code": "1", "name": {"zh": "乙", "en": "B"}},
                    {"code": "1", "name": {"zh": "丙", "en": "C"}}]}]}""",
        "authorities[0].types[1].code: \"1\" appears twice");
  }

  @Test
  void rejectsAMissingEnglishName() {
    assertFailure(
        CodeTables.AUTHORITIES,
        """
        {"authorities": [{"code": "9", "name": {"zh": "甲"},
          "types": [{"code": "1", "name": {"zh": "乙", "en": "B"}}]}]}""",
        "authorities[0].name: needs a non-blank Chinese (zh) and English (en) name");
  }

  @Test
  void rejectsAnOverrideOfTheWrongLength() {
    assertFailure(
        CodeTables.OVERRIDES,
        """
        {"overrides": [{"code": "9162070", "reason": "r", "addedOn": "2026-03-02"}]}""",
        "overrides[0].code: A unified social credit code has 18 characters; this one has 7.");
  }

  @Test
  void rejectsOverridingThePlaceholder() {
    assertFailure(
        CodeTables.OVERRIDES,
        """
        {"overrides": [{"code": "00000000000000000X", "reason": "r", "addedOn": "2026-03-02"}]}""",
        "overrides[0].code: the placeholder cannot be overridden; record types accept it"
            + " explicitly");
  }

  @Test
  void rejectsAnOverrideWithoutReason() {
    assertFailure(
        CodeTables.OVERRIDES,
        """
        {"overrides": [{"code": "91620702MA72XK3D15", "addedOn": "2026-03-02"}]}""",
        "overrides[0].reason: must say why the code is accepted");
  }

  @Test
  void rejectsAOneCharacterCompoundSurname() {
    assertFailure(
        CodeTables.COMPOUND_SURNAMES,
        """
        {"surnames": ["欧阳", "张"]}""",
        "surnames[1]: must be at least two characters");
  }

  @Test
  void namesAMissingFile() {
    CatalogDirectory directory =
        CatalogDirectory.copyOf(root, CodeTables.AUTHORITIES, CodeTables.COMPOUND_SURNAMES);

    assertEquals(directory.describe(CodeTables.OVERRIDES) + ": file not found", failure(directory));
  }

  private CatalogDirectory directory() {
    return CatalogDirectory.copyOf(
        root, CodeTables.AUTHORITIES, CodeTables.OVERRIDES, CodeTables.COMPOUND_SURNAMES);
  }

  private void assertFailure(String file, String content, String what) {
    CatalogDirectory directory = directory().write(file, content);

    assertEquals(directory.describe(file) + ": " + what, failure(directory));
  }

  private static String failure(CatalogDirectory directory) {
    CatalogException failure =
        assertThrows(CatalogException.class, () -> CodeTables.load(directory.files()));
    assertFalse(failure.getMessage().isBlank());
    return failure.getMessage();
  }
}
