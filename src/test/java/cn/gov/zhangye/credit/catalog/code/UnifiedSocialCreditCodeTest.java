package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

  /** Computed for this test: 91 enterprise, 620702 甘州区, organisation code MA72XK3D + 1, check 4. */
  private static final String VALID = "91620702MA72XK3D14";

  @Test
  void acceptsAComputedCodeAndNamesItsFields() {
    assertTrue(UnifiedSocialCreditCode.defectOf(VALID).isEmpty());

    UsccFields fields = UnifiedSocialCreditCode.parse(VALID).fields();

    assertEquals('9', fields.registrationAuthority());
    assertEquals('1', fields.organisationType());
    assertEquals("620702", fields.divisionCode());
    assertEquals("MA72XK3D1", fields.organisationCode());
  }

  @Test
  void saysTheActualLength() {
    assertDefect(
        "91620702MA72XK3D1",
        CodeDefect.LENGTH,
        "统一社会信用代码应为 18 位，实际为 17 位。",
        "A unified social credit code has 18 characters; this one has 17.");
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // 𠀀 (U+20000) is one character but two UTF-16 units: the code has 18 characters.
    assertDefect(
        "91620702MA72XK3D1\uD840\uDC00",
        CodeDefect.CHARACTER,
        "第 18 位的字符“\uD840\uDC00”不允许：统一社会信用代码只使用数字和大写英文字母（不含 I、O、S、V、Z）。",
        null);
  }

  @Test
  void namesAnIllegalCharacterAndItsPosition() {
    assertDefect(
        "91620702IA72XK3D14",
        CodeDefect.CHARACTER,
        "第 9 位的字符“I”不允许：统一社会信用代码只使用数字和大写英文字母（不含 I、O、S、V、Z）。",
        "Character 9 (\"I\") is not allowed: a unified social credit code uses digits and"
            + " upper-case letters other than I, O, S, V and Z.");
  }

  @Test
  void requiresDigitsInTheDivisionCode() {
    assertDefect(
        "9162A702MA72XK3D14",
        CodeDefect.CHARACTER,
        "第 5 位的字符“A”不允许：第 3–8 位是登记管理机关行政区划码，只能是数字。",
        null);
  }

  @Test
  void showsInvisibleCharactersByNumber() {
    assertDefect(
        " 1620702MA72XK3D14",
        CodeDefect.CHARACTER,
        "第 1 位的字符“U+0020”不允许：统一社会信用代码只使用数字和大写英文字母（不含 I、O、S、V、Z）。",
        null);
  }

  @Test
  void rejectsLowerCase() {
    assertEquals(
        CodeDefect.CHARACTER,
        UnifiedSocialCreditCode.defectOf("91620702ma72xk3d14").orElseThrow().code());
  }

  @Test
  void saysWhichCheckCharacterWasExpected() {
    assertDefect(
        "91620702MA72XK3D15",
        CodeDefect.CHECK_CHARACTER,
        "校验未通过：按前 17 位计算，第 18 位校验码应为“4”，实际为“5”。请逐位核对。",
        "Check failed: from the first 17 characters, the check character (character 18) should"
            + " be \"4\", but it is \"5\". Check each character.");
  }

  @Test
  void checksTheOrganisationCodeEvenWhenTheOuterCheckPasses() {
    // Outer check computed over an organisation code whose own check character is wrong (2, not 1).
    assertDefect(
        "91620702MA72XK3D27",
        CodeDefect.ORGANISATION_CODE_CHECK,
        "第 9–17 位的组织机构代码校验未通过：其校验码（第 17 位）应为“1”，实际为“2”。",
        "The organisation code (characters 9 to 17) fails its check: its check character"
            + " (character 17) should be \"1\", but it is \"2\".");
  }

  @Test
  void recognisesThePlaceholderWhichIsNotValid() {
    assertTrue(UnifiedSocialCreditCode.isPlaceholder("00000000000000000X"));
    assertFalse(UnifiedSocialCreditCode.isPlaceholder(VALID));
    assertEquals(
        CodeDefect.PLACEHOLDER,
        UnifiedSocialCreditCode.defectOf(UnifiedSocialCreditCode.PLACEHOLDER).orElseThrow().code());
  }

  @Test
  void computesTheCheckOfThePlaceholderAsZero() {
    // 31 − (0 mod 31) = 31, which becomes 0: the placeholder's X is the wrong check character.
    assertEquals('0', UnifiedSocialCreditCode.checkCharacterOf("00000000000000000"));
  }

  @Test
  void parseThrowsTheDefectWithoutTheCode() {
    InvalidCodeException invalid =
        assertThrows(
            InvalidCodeException.class, () -> UnifiedSocialCreditCode.parse("91620702MA72XK3D15"));

    assertEquals(CodeDefect.CHECK_CHARACTER, invalid.defect().code());
    assertFalse(invalid.getMessage().contains("91620702"));
  }

  @Test
  void equalityIsByValue() {
    assertEquals(UnifiedSocialCreditCode.parse(VALID), UnifiedSocialCreditCode.parse(VALID));
    assertEquals(VALID, UnifiedSocialCreditCode.parse(VALID).toString());
  }

  private static void assertDefect(String raw, String code, String chinese, String english) {
    CodeDefect defect = UnifiedSocialCreditCode.defectOf(raw).orElseThrow();
    assertEquals(code, defect.code());
    assertEquals(chinese, defect.message().in(Languages.CHINESE));
    if (english != null) {
      assertEquals(english, defect.message().in(Languages.ENGLISH));
    }
  }
}
