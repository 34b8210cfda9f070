package cn.gov.zhangye.credit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan that every test's responses pass finds clear identity numbers and nothing else. */
class UnmaskedIdentityNumbersTest {

  private static final String NUMBER = TestCodes.identityNumber("620702", "19850612", 123);

  @Test
  void findsAClearNumberInAnyText() {
    assertEquals(
        List.of(NUMBER.substring(0, 6) + "********" + NUMBER.substring(14)),
        UnmaskedIdentityNumbers.in("{\"code\":\"" + NUMBER + "\"}"));
    assertEquals(1, UnmaskedIdentityNumbers.in("证件号码 " + NUMBER.toLowerCase() + "。").size());
  }

  @Test
  void ignoresMaskedNumbersCreditCodesAndNumbersThatFailTheCheck() {
    assertTrue(
        UnmaskedIdentityNumbers.in(
                NUMBER.substring(0, 6)
                    + "********"
                    + NUMBER.substring(14)
                    + " 91620702MA74A0TD98 "
                    + TestCodes.withWrongCheck(NUMBER)
                    + " 1"
                    + NUMBER)
            .isEmpty());
  }
}
