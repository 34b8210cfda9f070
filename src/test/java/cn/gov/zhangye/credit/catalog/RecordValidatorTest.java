package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.commitment;
import static cn.gov.zhangye.credit.catalog.SampleRecords.fields;
import static cn.gov.zhangye.credit.catalog.SampleRecords.licence;
import static cn.gov.zhangye.credit.catalog.SampleRecords.penalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static cn.gov.zhangye.credit.catalog.Validation.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

  @Test
  void validLicencePasses() {
    assertEquals(List.of(), validate("ADMIN_LICENCE", licence()));
  }

  @Test
  void validPenaltyPasses() {
    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty()));
  }

  @Test
  void chineseNamesAreAcceptedAsKeys() {
    ObjectNode penalty = penalty();
    penalty.set("处罚决定日期", penalty.remove("CF_JDRQ"));
    penalty.set("罚款金额（万元）", penalty.remove("CF_NR_FK"));

    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void violationPointsAtTheChineseNameTheCallerUsed() {
    ObjectNode penalty = penalty();
    penalty.remove("CF_JDRQ");
    penalty.put("处罚决定日期", "2026年4月10日");

    assertEquals(
        List.of("/fields/处罚决定日期 pattern “处罚决定日期”（CF_JDRQ）应为日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void missingRequiredFieldIsPointedAtByCode() {
    ObjectNode penalty = penalty();
    penalty.remove("CF_JDRQ");

    assertEquals(
        List.of("/fields/CF_JDRQ required 缺少必填字段“处罚决定日期”（CF_JDRQ）。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void messagesAreInEnglishToo() {
    ObjectNode penalty = penalty();
    penalty.remove("CF_JDRQ");

    Violation violation = validate("ADMIN_PENALTY", penalty).get(0);

    assertEquals(
        "Required field “处罚决定日期” (CF_JDRQ, Penalty decision date) is missing.",
        violation.message().in(Languages.ENGLISH));
  }

  @Test
  void unknownFieldIsRejected() {
    ObjectNode licence = licence();
    licence.put("XK_DFBM", "620702");

    assertEquals(
        List.of("/fields/XK_DFBM unknown-field 记录类型“行政许可”（ADMIN_LICENCE）没有字段“XK_DFBM”。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void fieldGivenByCodeAndByNameIsADuplicate() {
    ObjectNode licence = licence();
    licence.put("许可决定日期", "2026-04-08");

    assertEquals(
        List.of("/fields/许可决定日期 duplicate-field 字段“许可决定日期”（XK_JDRQ）重复出现：同一字段只能用代码或中文名之一填写一次。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void valueOutsideTheEnumerationNamesTheAllowedValues() {
    ObjectNode licence = licence();
    licence.put("XK_XKLB", "特殊");

    assertEquals(
        List.of("/fields/XK_XKLB enum “许可类别”（XK_XKLB）的值不在允许范围内，可选值：普通 / 特许 / 认可 / 核准 / 登记 / 其他。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void eachPenaltyKindIsCheckedWhereItStands() {
    ObjectNode penalty = penalty();
    penalty.putArray("CF_CFLB").add("罚款").add("没收违法所得").add("停业");

    assertEquals(
        List.of(
            "/fields/CF_CFLB/2 enum “处罚类别”（CF_CFLB）的值不在允许范围内，可选值：警告 / 通报批评 / 罚款 / 没收违法所得 / 没收非法财物 / 暂扣许可证件 / 降低资质等级 / 吊销许可证件 / 限制开展生产经营活动 / 责令停产停业 / 责令关闭 / 限制从业 / 行政拘留 / 其他。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void creditCodeMustHaveTheCodeShape() {
    ObjectNode licence = licence();
    licence.put("XK_XKJGDM", "11620702O1392847");

    assertEquals(
        List.of(
            "/fields/XK_XKJGDM pattern “许可机关统一社会信用代码”（XK_XKJGDM）应为 18 位统一社会信用代码（数字和大写字母，不含 I、O、S、V、Z）。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void tooLongTextNamesTheLimit() {
    ObjectNode licence = licence();
    licence.put("XK_WSH", "号".repeat(65));

    assertEquals(
        List.of("/fields/XK_WSH maxLength “行政许可决定文书号”（XK_WSH）超过最大长度 64 个字符。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void amountMustBeANumber() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_FK", "5万元");

    assertEquals(
        List.of("/fields/CF_NR_FK type “罚款金额（万元）”（CF_NR_FK）的值类型不符，应为 number。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void amountMustNotBeNegative() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_FK", -1);

    assertEquals(
        List.of("/fields/CF_NR_FK minimum “罚款金额（万元）”（CF_NR_FK）不能小于 0。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void amountHasASaneMaximum() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_FK", 20_000_000);

    assertEquals(
        List.of("/fields/CF_NR_FK maximum “罚款金额（万元）”（CF_NR_FK）不能大于 10000000。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void amountHasAtMostSixDecimals() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_FK", 5.0000001);

    assertEquals(
        List.of("/fields/CF_NR_FK multipleOf “罚款金额（万元）”（CF_NR_FK）以万元为单位，最多保留 6 位小数。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void amountBoundsAreInclusive() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_FK", 10_000_000);
    penalty.put("CF_NR_WFFF", 0);
    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));

    penalty.put("CF_NR_FK", 1234.567891);
    penalty.put("CF_NR_WFFF", 0.000001);
    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void confiscatedAmountIsHeldToTheSameBounds() {
    ObjectNode penalty = penalty();
    penalty.put("CF_NR_WFFF", -0.5);

    assertEquals(
        List.of("/fields/CF_NR_WFFF minimum “没收违法所得、没收非法财物的金额（万元）”（CF_NR_WFFF）不能小于 0。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void fineAmountIsRequiredWithAFine() {
    ObjectNode penalty = penalty();
    penalty.remove("CF_NR_FK");

    assertEquals(
        List.of("/fields/CF_NR_FK required 处罚类别含罚款时，必须填写“罚款金额（万元）”（CF_NR_FK）。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void placeholderCodeNeedsTheBusinessRegistrationNumber() {
    ObjectNode licence = licence();
    licence.put("XK_XDR_LB", "个体工商户");
    licence.put("XK_XDR_SHXYM", "00000000000000000X");

    assertEquals(
        List.of(
            "/fields/XK_XDR_GSZC required 统一社会信用代码为占位码 00000000000000000X 时，必须填写“工商注册号”（XK_XDR_GSZC）。"),
        describe(validate("ADMIN_LICENCE", licence)));

    licence.put("XK_XDR_GSZC", "620702600123456");
    assertEquals(List.of(), validate("ADMIN_LICENCE", licence));
  }

  @Test
  void placeholderCodeIsOnlyForIndividualBusinesses() {
    ObjectNode licence = licence();
    licence.put("XK_XDR_SHXYM", "00000000000000000X");
    licence.put("XK_XDR_GSZC", "620702000123456");

    assertEquals(
        List.of(
            "/fields/XK_XDR_SHXYM not-allowed 占位码 00000000000000000X 仅适用于个体工商户，不能用作“统一社会信用代码”（XK_XDR_SHXYM）。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void creditCodeIsRequiredUnlessPerson() {
    ObjectNode licence = licence();
    licence.remove("XK_XDR_SHXYM");

    assertEquals(
        List.of("/fields/XK_XDR_SHXYM required 主体不是自然人时，必须填写“统一社会信用代码”（XK_XDR_SHXYM）。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void personHasAnIdAndNoCreditCode() {
    ObjectNode licence = licence();
    licence.put("XK_XDR_MC", "李明");
    licence.put("XK_XDR_LB", "自然人");
    licence.remove("XK_FRDB");

    assertEquals(
        List.of(
            "/fields/XK_XDR_ZJLX required 主体为自然人时，必须填写“证件类型”（XK_XDR_ZJLX）。",
            "/fields/XK_XDR_ZJHM required 主体为自然人时，必须填写“证件号码”（XK_XDR_ZJHM）。",
            "/fields/XK_XDR_SHXYM not-allowed 自然人不填写“统一社会信用代码”（XK_XDR_SHXYM）。"),
        describe(validate("ADMIN_LICENCE", licence)));

    licence.remove("XK_XDR_SHXYM");
    licence.put("XK_XDR_ZJLX", "身份证");
    licence.put("XK_XDR_ZJHM", "620702199003071232");
    assertEquals(List.of(), validate("ADMIN_LICENCE", licence));
  }

  @Test
  void idNumberIsOnlyForPersons() {
    ObjectNode licence = licence();
    licence.put("证件号码", "620702199003071232");

    assertEquals(
        List.of("/fields/证件号码 not-allowed “证件号码”（XK_XDR_ZJHM）仅适用于自然人。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void representativeIdTypeAndNumberGoTogether() {
    ObjectNode licence = licence();
    licence.put("XK_FR_ZJLX", "身份证");

    assertEquals(
        List.of("/fields/XK_FR_ZJHM required 法定代表人证件类型和证件号码须同时填写，缺少“法定代表人证件号码”（XK_FR_ZJHM）。"),
        describe(validate("ADMIN_LICENCE", licence)));
  }

  @Test
  void recordTypeMustApplyToTheSubjectKind() {
    ObjectNode entry =
        fields(
            """
            {
              "YC_LXDM": "SAMR_ABNORMAL_OPERATION",
              "YC_ZTMC": "张掖市甘州区祁连商贸有限公司",
              "YC_ZTLB": "法人及非法人组织",
              "YC_SHXYM": "91620702MA72TQ3P4L",
              "YC_LRYY": "未按规定报送年度报告",
              "YC_LRRQ": "2026-07-01",
              "YC_LRJG": "张掖市甘州区市场监督管理局"
            }
            """);
    RecordType abnormal = Validation.CATALOG.requireRecordType("ABNORMAL_OPERATION");

    assertEquals(
        List.of(), Validation.VALIDATOR.validate(abnormal, SubjectKind.ORGANISATION, entry));
    assertEquals(
        List.of("/subjectKind subject-kind 记录类型“经营异常名录”（ABNORMAL_OPERATION）不适用于主体类别 PERSON。"),
        describe(Validation.VALIDATOR.validate(abnormal, SubjectKind.PERSON, entry)));
  }

  @Test
  void breachedCommitmentMustBeExplained() {
    ObjectNode commitment = commitment();
    commitment.put("CN_LYZT", "未履约");

    assertEquals(
        List.of(
            "/fields/CN_LYQK required 履约状态为“未履约”时，必须填写“履约情况说明”（CN_LYQK）。",
            "/fields/CN_HCRQ required 履约状态为“未履约”时，必须填写“履约核查日期”（CN_HCRQ）。"),
        describe(validate("CREDIT_COMMITMENT", commitment)));
  }
}
