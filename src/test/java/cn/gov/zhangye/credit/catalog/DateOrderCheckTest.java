package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.commitment;
import static cn.gov.zhangye.credit.catalog.SampleRecords.licence;
import static cn.gov.zhangye.credit.catalog.SampleRecords.penalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static cn.gov.zhangye.credit.catalog.Validation.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateOrderCheckTest {

  @Test
  void validUntilBeforeValidFromIsRejectedAtValidUntil() {
    ObjectNode licence = licence();
    licence.put("XK_YXQZ", "2026-05-01");
    licence.put("XK_YXQZI", "2026/04/20");

    assertEquals(
        List.of("/fields/XK_YXQZI date-order “有效期至”（XK_YXQZI）不能早于“有效期自”（XK_YXQZ）。"),
        describe(validate("ADMIN_LICENCE", licence)));
    assertEquals(
        "“有效期至” (XK_YXQZI, Valid until) must not be before “有效期自” (XK_YXQZ, Valid from).",
        validate("ADMIN_LICENCE", licence).get(0).message().in(Languages.ENGLISH));
  }

  @Test
  void sameDayIsInOrder() {
    ObjectNode licence = licence();
    licence.put("XK_YXQZI", "2026-04-08");

    assertEquals(List.of(), validate("ADMIN_LICENCE", licence));
  }

  @Test
  void publicationEndsAfterTheDecision() {
    ObjectNode penalty = penalty();
    penalty.put("公示截止期", "2026-04-09");

    assertEquals(
        List.of("/fields/公示截止期 date-order “公示截止期”（CF_GSJZQ）不能早于“处罚决定日期”（CF_JDRQ）。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void pairWithAnAbsentDateIsNotCompared() {
    ObjectNode commitment = commitment();
    assertEquals(List.of(), validate("CREDIT_COMMITMENT", commitment));

    commitment.put("CN_HCRQ", "2026-03-01");
    assertEquals(
        List.of("/fields/CN_HCRQ date-order “履约核查日期”（CN_HCRQ）不能早于“承诺日期”（CN_CNRQ）。"),
        describe(validate("CREDIT_COMMITMENT", commitment)));
  }

  @Test
  void dateThatDoesNotExistIsNotCompared() {
    ObjectNode penalty = penalty();
    penalty.put("CF_YXQ", "2026-02-30");

    assertEquals(
        List.of("/fields/CF_YXQ nonexistent-date “处罚有效期”（CF_YXQ）的日期“2026-02-30”不存在，请核对年、月、日。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }
}
