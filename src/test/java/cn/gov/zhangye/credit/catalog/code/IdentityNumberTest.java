package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

  /** Computed for this test: 高台县, born 1991-01-01, sequence 001 (male), check X. */
  private static final String MALE = "62072419910101001X";

  /** Computed for this test: 山丹县, born 1988-08-15, sequence 002 (female), check 6. */
  private static final String FEMALE = "620725198808150026";

  @Test
  void readsDivisionBirthDateAndSex() {
    IdentityNumber male = IdentityNumber.parse(MALE, TODAY);
    IdentityNumber female = IdentityNumber.parse(FEMALE, TODAY);

    assertEquals("620724", male.divisionCode());
    assertEquals(LocalDate.of(1991, 1, 1), male.birthDate());
    assertEquals(IdentityNumber.Sex.MALE, male.sex());
    assertEquals(IdentityNumber.Sex.FEMALE, female.sex());
  }

  @Test
  void acceptsLowerCaseXAndNormalisesIt() {
    String lowerCase = MALE.toLowerCase();

    assertTrue(IdentityNumber.defectOf(lowerCase, TODAY).isEmpty());
    assertEquals(MALE, IdentityNumber.parse(lowerCase, TODAY).unmasked());
    assertEquals(IdentityNumber.parse(MALE, TODAY), IdentityNumber.parse(lowerCase, TODAY));
  }

  @Test
  void masksItsDisplay() {
    IdentityNumber number = IdentityNumber.parse(MALE, TODAY);

    assertEquals("620724********001X", number.masked());
    assertEquals(number.masked(), number.toString());
  }

  @Test
  void acceptsTheTwentyNinthOfFebruaryOfALeapYear() {
    assertTrue(IdentityNumber.defectOf("62072119760229004X", TODAY).isEmpty());
  }

  @Test
  void saysTheActualLength() {
    assertDefect(
        MALE.substring(1),
        CodeDefect.LENGTH,
        "公民身份号码应为 18 位，实际为 17 位。",
        "A resident identity number has 18 characters; this one has 17.");
  }

  @Test
  void namesAnIllegalCharacterAndItsPosition() {
    assertDefect(
        "6207A419910101001X",
        CodeDefect.CHARACTER,
        "第 5 位的字符“A”不允许：公民身份号码前 17 位只能是数字。",
        "Character 5 (\"A\") is not allowed: the first 17 characters of a resident identity"
            + " number are digits.");
    assertDefect(
        "62072419910101001Y",
        CodeDefect.CHARACTER,
        "第 18 位的字符“Y”不允许：校验码只能是数字或 X。",
        "Character 18 (\"Y\") is not allowed: the check character is a digit or X.");
  }

  @Test
  void rejectsABirthDateThatDoesNotExist() {
    // 1999-02-30, with the check character computed for it.
    assertDefect(
        "620702199902300019",
        CodeDefect.BIRTH_DATE,
        "第 7–14 位的出生日期不是真实存在的日期。",
        "The birth date (characters 7 to 14) is not a real date.");
  }

  @Test
  void rejectsABirthDateInTheFuture() {
    // Born 2026-05-02, the day after TODAY, with the check character computed for it.
    assertDefect(
        "620702202605020015",
        CodeDefect.BIRTH_DATE,
        "第 7–14 位的出生日期晚于今天。",
        "The birth date (characters 7 to 14) is in the future.");
    assertTrue(IdentityNumber.defectOf("620702202605020015", TODAY.plusDays(1)).isEmpty());
  }

  @Test
  void saysWhichCheckCharacterWasExpected() {
    assertDefect(
        "620724199101010011",
        CodeDefect.CHECK_CHARACTER,
        "校验未通过：按前 17 位计算，第 18 位校验码应为“X”，实际为“1”。请逐位核对。",
        "Check failed: from the first 17 characters, the check character (character 18) should"
            + " be \"X\", but it is \"1\". Check each character.");
  }

  @Test
  void parseThrowsTheDefectWithoutTheNumber() {
    InvalidCodeException invalid =
        assertThrows(
            InvalidCodeException.class, () -> IdentityNumber.parse("620724199101010011", TODAY));

    assertEquals(CodeDefect.CHECK_CHARACTER, invalid.defect().code());
    assertFalse(invalid.getMessage().contains("1991"));
  }

  private static void assertDefect(String raw, String code, String chinese, String english) {
    CodeDefect defect = IdentityNumber.defectOf(raw, TODAY).orElseThrow();
    assertEquals(code, defect.code());
    assertEquals(chinese, defect.message().in(Languages.CHINESE));
    assertEquals(english, defect.message().in(Languages.ENGLISH));
  }
}
