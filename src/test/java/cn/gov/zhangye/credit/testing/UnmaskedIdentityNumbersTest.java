package cn.gov.zhangye.credit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan that every test's answers pass finds clear identity numbers and nothing else. */
class UnmaskedIdentityNumbersTest {

  private static final String NUMBER = TestCodes.identityNumber("620702", "19850612", 123);
  private static final String MASKED = NUMBER.substring(0, 6) + "********" + NUMBER.substring(14);

  /** The examples of GB 11643-1999 itself, one of them with the check character X. */
  @Test
  void findsThePublishedExamples() {
    assertEquals(
        List.of("110105********002X", "440524********0014"),
        UnmaskedIdentityNumbers.in("11010519491231002x、440524188001010014"));
  }

  @Test
  void findsAClearNumberInAnyText() {
    assertEquals(List.of(MASKED), UnmaskedIdentityNumbers.in("{\"code\":\"" + NUMBER + "\"}"));
    assertEquals(1, UnmaskedIdentityNumbers.in("证件号码 " + NUMBER.toLowerCase() + "。").size());
    assertEquals(1, UnmaskedIdentityNumbers.in("/api/v1/people/P" + NUMBER + "x.pdf").size());
  }

  @Test
  void findsANumberWrittenInFullWidthDigits() {
    assertEquals(List.of(MASKED), UnmaskedIdentityNumbers.in(TestCodes.fullWidth(NUMBER)));
  }

  @Test
  void ignoresMaskedNumbersCreditCodesAndNumbersThatFailTheCheckOrTheDate() {
    assertTrue(
        UnmaskedIdentityNumbers.in(
                MASKED
                    + " 91620702MA74A0TD98 914403001922038216 "
                    + TestCodes.withWrongCheck(NUMBER)
                    + " "
                    + TestCodes.identityNumber("620702", "19850231", 123)
                    + " 1"
                    + NUMBER)
            .isEmpty());
  }
}
