package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.SampleRecords.fields;
import static cn.gov.zhangye.credit.catalog.SampleRecords.licence;
import static cn.gov.zhangye.credit.catalog.SampleRecords.penalty;
import static cn.gov.zhangye.credit.catalog.Validation.describe;
import static cn.gov.zhangye.credit.catalog.Validation.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.catalog.code.CodeTables;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditCodeCheckTest {

  /** Right shape, wrong check character: the last character should be R. */
  private static final String WRONG_CHECK_CHARACTER = "11620702013928473A";

  /** Passes the check of character 18 but not that of the organisation code inside. */
  private static final String WRONG_ORGANISATION_CODE = "11620702013928471K";

  @TempDir Path root;

  @Test
  void validCodesPass() {
    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty()));
  }

  @Test
  void wrongCheckCharacterIsExplained() {
    ObjectNode penalty = penalty();
    penalty.put("CF_CFJGDM", WRONG_CHECK_CHARACTER);

    assertEquals(
        List.of(
            "/fields/CF_CFJGDM credit-code.check-character “处罚机关统一社会信用代码”（CF_CFJGDM）不是有效的统一社会信用代码："
                + "校验未通过：按前 17 位计算，第 18 位校验码应为“R”，实际为“A”。请逐位核对。"),
        describe(validate("ADMIN_PENALTY", penalty)));
    assertEquals(
        "“处罚机关统一社会信用代码” (CF_CFJGDM, Penalty authority's credit code) is not a valid unified"
            + " social credit code: Check failed: from the first 17 characters, the check character"
            + " (character 18) should be \"R\", but it is \"A\". Check each character.",
        validate("ADMIN_PENALTY", penalty).get(0).message().in(Languages.ENGLISH));
  }

  @Test
  void everyCodeFieldIsChecked() {
    ObjectNode licence = licence();
    licence.put("统一社会信用代码", WRONG_ORGANISATION_CODE);
    licence.remove("XK_XDR_SHXYM");
    licence.put("XK_LYDWDM", WRONG_CHECK_CHARACTER);

    assertEquals(
        List.of(
            "/fields/XK_LYDWDM credit-code.check-character “数据来源单位统一社会信用代码”（XK_LYDWDM）不是有效的统一社会信用代码："
                + "校验未通过：按前 17 位计算，第 18 位校验码应为“R”，实际为“A”。请逐位核对。",
            "/fields/统一社会信用代码 credit-code.organisation-code-check “统一社会信用代码”（XK_XDR_SHXYM）不是有效的统一社会信用代码："
                + "第 9–17 位的组织机构代码校验未通过：其校验码（第 17 位）应为“3”，实际为“1”。"),
        describe(validate("ADMIN_LICENCE", licence)).stream().sorted().toList());
  }

  @Test
  void overriddenCodeIsAccepted() {
    ObjectNode penalty = penalty();
    penalty.put("CF_CFJGDM", WRONG_CHECK_CHARACTER);
    CodeTables overriding =
        CodeTables.load(
            CatalogDirectory.copyOf(root, CodeTables.AUTHORITIES, CodeTables.COMPOUND_SURNAMES)
                .write(
                    CodeTables.OVERRIDES,
                    "{\"overrides\": [{\"code\": \""
                        + WRONG_CHECK_CHARACTER
                        + "\", \"reason\": \"登记机关复函\", \"addedOn\": \"2026-03-02\"}]}")
                .files());

    assertEquals(
        List.of(),
        Validation.validatorWith(overriding)
            .validate(
                Validation.CATALOG.requireRecordType("ADMIN_PENALTY"),
                SubjectKind.ORGANISATION,
                penalty));
  }

  @Test
  void placeholderStandsForTheCodeOfAnIndividualBusiness() {
    ObjectNode penalty = penalty();
    penalty.put("CF_XDR_LB", "个体工商户");
    penalty.put("CF_XDR_SHXYM", "00000000000000000X");
    penalty.put("CF_XDR_GSZC", "620702600123456");

    assertEquals(List.of(), validate("ADMIN_PENALTY", penalty));
  }

  @Test
  void placeholderIsNoAuthorityCode() {
    ObjectNode penalty = penalty();
    penalty.put("CF_CFJGDM", "00000000000000000X");

    assertEquals(
        List.of(
            "/fields/CF_CFJGDM credit-code.placeholder “处罚机关统一社会信用代码”（CF_CFJGDM）不是有效的统一社会信用代码："
                + "这是个体工商户无统一社会信用代码时使用的占位代码，不是有效代码；只有允许占位代码的记录类型接受它，且须另填注册号等标识。"),
        describe(validate("ADMIN_PENALTY", penalty)));
  }

  @Test
  void placeholderIsRejectedWhereTheTypeHasNoOtherIdentifier() {
    ObjectNode badRecord =
        fields(
            """
            {
              "BL_ZTMC": "张掖市甘州区祁连商贸有限公司",
              "BL_ZTLB": "个体工商户",
              "BL_SHXYM": "00000000000000000X",
              "BL_XWMS": "拒不配合监督检查",
              "BL_YJ": "《张掖市社会信用条例》",
              "BL_RDRQ": "2026-06-01",
              "BL_RDJG": "张掖市甘州区市场监督管理局",
              "BL_RDJGDM": "11620702013928473R"
            }
            """);

    assertEquals(
        List.of("/fields/BL_SHXYM credit-code.placeholder"),
        validate("BAD_RECORD", badRecord).stream().map(v -> v.pointer() + " " + v.code()).toList());
  }
}
