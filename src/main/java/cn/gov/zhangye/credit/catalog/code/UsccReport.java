package cn.gov.zhangye.credit.catalog.code;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of the USCC check: validity, the first defect, and what each field stands for. */
@Schema(
    name = "UsccCheck",
    description =
        "统一社会信用代码的校验结果：是否有效、第一处缺陷、各字段的含义。代码为 18 位时才给出各字段。/ The"
            + " result of checking a unified social credit code: validity, the first defect and"
            + " what each field stands for. The fields are given only when the code has 18"
            + " characters.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsccReport(
    @Schema(description = "所查代码，原样返回。/ The code checked, as given.", example = "91620702MA72XK3D14")
        String code,
    @Schema(
            description =
                "是否有效：通过校验，或虽未通过但列入例外名单。/ Whether the code is valid: it passes the checks, or"
                    + " fails them but the override list accepts it.",
            example = "true")
        boolean valid,
    @Schema(
            description =
                "是否为个体工商户无代码时使用的占位代码 00000000000000000X：它无效，但部分记录类型接受。/ Whether it is"
                    + " the placeholder 00000000000000000X of an individual business without a"
                    + " code: not valid, but some record types accept it.",
            example = "false")
        boolean placeholder,
    @Schema(
            description =
                "是否未通过校验、但因列入例外名单而被接受。/ Whether it fails the checks but the override list"
                    + " accepts it.",
            example = "false")
        boolean overridden,
    @Schema(description = "无效时的第一处缺陷；有效时不出现。/ The first defect when not valid; absent when valid.")
        Defect defect,
    @Schema(description = "第 1 位：登记管理部门。/ Position 1: the registration authority.")
        CodedName registrationAuthority,
    @Schema(
            description =
                "第 2 位：机构类别；代码连同第 1 位给出，如 91。/ Position 2: the organisation type; its code is"
                    + " given with position 1, e.g. 91.")
        CodedName organisationType,
    @Schema(
            description =
                "第 3–8 位：登记管理机关行政区划。/ Positions 3–8: the division of the registering authority.")
        DivisionName division,
    @Schema(
            description =
                "第 9–17 位：组织机构代码（GB 11714），含其校验码。/ Positions 9–17: the organisation code (GB"
                    + " 11714) with its check character.",
            example = "MA72XK3D1")
        String organisationCode) {

  /** What is wrong with the code. */
  @Schema(name = "CodeDefect", description = "代码的缺陷。/ What is wrong with a code.")
  public record Defect(
      @Schema(
              description = "稳定的缺陷代码。/ A stable defect code.",
              enumeration = {
                "length",
                "character",
                "check-character",
                "organisation-code-check",
                "placeholder"
              },
              example = "check-character")
          String code,
      @Schema(
              description =
                  "缺陷说明，语言按 Accept-Language 选择。/ What is wrong, in the language chosen by Accept-Language.",
              example = "校验未通过：按前 17 位计算，第 18 位校验码应为“4”，实际为“5”。请逐位核对。")
          String message) {}

  /** A field of the code and what it stands for. */
  @Schema(name = "UsccCodedName", description = "代码字段及其名称。/ A field of the code and its name.")
  public record CodedName(
      @Schema(description = "字段的值。/ The value of the field.", example = "91") String code,
      @Schema(
              description =
                  "名称，语言按 Accept-Language 选择；代码表中没有时不出现。/ Its name, in the language chosen by"
                      + " Accept-Language; absent when the code table does not list it.",
              example = "企业")
          String name) {}

  /** The division field of the code. */
  @Schema(
      name = "UsccDivision",
      description = "登记管理机关行政区划。/ The division of the registering authority.")
  public record DivisionName(
      @Schema(
              description = "六位区划代码（GB/T 2260）。/ The six-digit division code (GB/T 2260).",
              example = "620702")
          String code,
      @Schema(
              description =
                  "区划名称；目录中没有该区划时不出现。/ The division's name; absent when the catalogue does not list"
                      + " the division.",
              example = "甘州区")
          String name,
      @Schema(
              description =
                  "所属省级行政区，按前两位确定。/ The provincial-level division, by the first two digits.",
              example = "甘肃省")
          String province) {}
}
