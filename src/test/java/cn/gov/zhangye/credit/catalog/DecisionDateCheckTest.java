package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.penalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static cn.gov.zhangye.credit.catalog.Validation.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionDateCheckTest {

  @Test
  void decisionOfTodayInChinaPasses() {
    // Today in China, but tomorrow in UTC: see Validation.CLOCK.
    ObjectNode penalty = penalty();
    penalty.put("CF_JDRQ", Validation.TODAY.toString());

    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void decisionOfTomorrowIsRejected() {
    ObjectNode penalty = penalty();
    penalty.put("CF_JDRQ", "2026/08/02");

    assertEquals(
        List.of("/fields/CF_JDRQ future-date “处罚决定日期”（CF_JDRQ）晚于今天（2026-08-01，北京时间），决定日期不能是将来的日期。"),
        describe(validate("ADMIN_PENALTY", penalty)));
    assertEquals(
        "“处罚决定日期” (CF_JDRQ, Penalty decision date) is after today (2026-08-01, China time); a"
            + " decision cannot lie in the future.",
        validate("ADMIN_PENALTY", penalty).get(0).message().in(Languages.ENGLISH));
  }

  @Test
  void onlyTheDecisionDateMustNotBeInTheFuture() {
    ObjectNode penalty = penalty();
    penalty.put("CF_YXQ", "2030-01-01");

    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void eachTypeChecksItsOwnDecisionDate() {
    ObjectNode licence = SampleRecords.licence();
    licence.put("许可决定日期", "2027-01-01");
    licence.remove("XK_JDRQ");

    assertEquals(
        List.of("/fields/许可决定日期 future-date “许可决定日期”（XK_JDRQ）晚于今天（2026-08-01，北京时间），决定日期不能是将来的日期。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }
}
