package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.penalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static cn.gov.zhangye.credit.catalog.Validation.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarDateCheckTest {

  @Test
  void leapDayOfALeapYearIsADate() {
    ObjectNode penalty = penalty();
    penalty.put("CF_JDRQ", "2024/02/29");

    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void dayThatDoesNotExistIsRejected() {
    ObjectNode penalty = penalty();
    penalty.put("CF_YXQ", "2027-02-29");

    assertEquals(
        List.of("/fields/CF_YXQ nonexistent-date “处罚有效期”（CF_YXQ）的日期“2027-02-29”不存在，请核对年、月、日。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void everyDateFieldIsChecked() {
    ObjectNode penalty = penalty();
    penalty.put("CF_GSJZQ", "2027/04/31");

    assertEquals(
        "“公示截止期” (CF_GSJZQ, End of publication): 2027/04/31 is not a real date; check the"
            + " year, month and day.",
        validate("ADMIN_PENALTY", penalty).get(0).message().in(Languages.ENGLISH));
  }

  @Test
  void dateOfTheWrongShapeIsReportedOnceByTheSchema() {
    ObjectNode penalty = penalty();
    penalty.put("CF_YXQ", "2027-2-31");

    assertEquals(
        List.of("/fields/CF_YXQ pattern “处罚有效期”（CF_YXQ）应为日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }
}
