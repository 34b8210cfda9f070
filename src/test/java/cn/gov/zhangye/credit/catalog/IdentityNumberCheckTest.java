package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.personPenalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityNumberCheckTest {

  @Test
  void validNumberPasses() {
    assertEquals(List.of(), validate(personPenalty()));
  }

  @Test
  void lowerCaseCheckCharacterIsAccepted() {
    ObjectNode penalty = personPenalty();
    penalty.put("CF_XDR_ZJHM", "62070219850612002x");

    assertEquals(List.of(), validate(penalty));
  }

  @Test
  void impossibleBirthDateIsRejected() {
    ObjectNode penalty = personPenalty();
    penalty.put("CF_XDR_ZJHM", "620702199902311236");

    assertEquals(
        List.of(
            "/fields/CF_XDR_ZJHM identity-number.birth-date “证件号码”（CF_XDR_ZJHM）不是有效的公民身份号码：第 7–14 位的出生日期不是真实存在的日期。"),
        describe(validate(penalty)));
    assertEquals(
        "“证件号码” (CF_XDR_ZJHM, ID number) is not a valid resident identity number: The birth date"
            + " (characters 7 to 14) is not a real date.",
        validate(penalty).get(0).message().in(Languages.ENGLISH));
  }

  @Test
  void birthDateAfterTodayIsRejected() {
    ObjectNode penalty = personPenalty();
    penalty.put("CF_XDR_ZJHM", "620702202701011231");

    assertEquals(
        List.of(
            "/fields/CF_XDR_ZJHM identity-number.birth-date “证件号码”（CF_XDR_ZJHM）不是有效的公民身份号码：第 7–14 位的出生日期晚于今天。"),
        describe(validate(penalty)));
  }

  @Test
  void wrongCheckCharacterIsRejectedWithoutEchoingTheNumber() {
    ObjectNode penalty = personPenalty();
    penalty.put("CF_XDR_ZJHM", "620702199003071234");

    assertEquals(
        List.of(
            "/fields/CF_XDR_ZJHM identity-number.check-character “证件号码”（CF_XDR_ZJHM）不是有效的公民身份号码：校验未通过：按前 17 位计算，第 18 位校验码应为“2”，实际为“4”。请逐位核对。"),
        describe(validate(penalty)));
  }

  @Test
  void representativeNumberIsCheckedToo() {
    ObjectNode penalty = SampleRecords.penalty();
    penalty.put("CF_FR_ZJLX", " 居民身份证 ");
    penalty.put("CF_FR_ZJHM", "62070219900307123");

    assertEquals(
        List.of(
            "/fields/CF_FR_ZJHM identity-number.length “法定代表人证件号码”（CF_FR_ZJHM）不是有效的公民身份号码：公民身份号码应为 18 位，实际为 17 位。"),
        describe(Validation.validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void numbersOfOtherDocumentsAreNotChecked() {
    ObjectNode penalty = personPenalty();
    penalty.put("CF_XDR_ZJLX", "护照");
    penalty.put("CF_XDR_ZJHM", "E12345678");

    assertEquals(List.of(), validate(penalty));
  }

  @Test
  void numberWithoutItsTypeIsTakenForAResidentIdentityNumber() {
    ObjectNode penalty = SampleRecords.penalty();
    penalty.put("CF_FR_ZJHM", "E12345678");

    assertEquals(
        List.of("/fields/CF_FR_ZJLX required", "/fields/CF_FR_ZJHM identity-number.length"),
        Validation.validate("ADMIN_PENALTY", penalty).stream()
            .map(v -> v.pointer() + " " + v.code())
            .toList());
  }

  private static List<Violation> validate(ObjectNode fields) {
    return Validation.VALIDATOR.validate(
        Validation.CATALOG.requireRecordType("ADMIN_PENALTY"), SubjectKind.PERSON, fields);
  }
}
