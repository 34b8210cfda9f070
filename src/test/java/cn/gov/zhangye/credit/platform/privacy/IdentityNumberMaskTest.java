package cn.gov.zhangye.credit.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.TestCodes;
import org.junit.jupiter.api.Test;

class IdentityNumberMaskTest {

  @Test
  void masksIdentityNumbersAndLeavesCreditCodesAlone() {
    String number = TestCodes.identityNumber("620702", "19850612", 123);
    String code = "91620702041443107X";
    assertEquals(
        "/api/v1/subjects/620702********" + number.substring(14) + " and " + code,
        IdentityNumberMask.mask("/api/v1/subjects/" + number + " and " + code));
  }

  @Test
  void masksANumberWrittenRightAfterLetters() {
    String number = TestCodes.identityNumber("620702", "19900101", 12);
    String masked = "620702********" + number.substring(14);
    assertEquals("ID" + masked + "号", IdentityNumberMask.mask("ID" + number + "号"));
    assertEquals("/x/..%2f" + masked, IdentityNumberMask.mask("/x/..%2f" + number));
  }

  @Test
  void leavesNumbersWithAWrongCheckOrAnImpossibleBirthDateAlone() {
    String wrongCheck = TestCodes.withWrongCheck(TestCodes.identityNumber("620702", "19850612", 1));
    String bornOn30February = TestCodes.identityNumber("620702", "19850230", 1);
    String bornBefore1900 = TestCodes.identityNumber("620702", "18991231", 1);

    for (String number : new String[] {wrongCheck, bornOn30February, bornBefore1900}) {
      assertEquals("at " + number, IdentityNumberMask.mask("at " + number));
    }
  }

  @Test
  void keepsTheFirstSixAndTheLastFourCharactersOfANumberOfEighteenOrMore() {
    assertEquals("620702********123X", IdentityNumberMask.masked("62070219850612123X"));
    assertEquals("HK1234**********EFGH", IdentityNumberMask.masked("HK1234567890ABCDEFGH"));
  }

  @Test
  void masksAShorterNumberOfAnotherDocumentEntirely() {
    assertEquals("*********", IdentityNumberMask.masked("E12345678"));
  }
}
