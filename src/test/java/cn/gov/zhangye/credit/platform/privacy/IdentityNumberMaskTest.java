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
}
