package cn.gov.zhangye.credit.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list type, as the API shows it. */
@Schema(
    name = "ListTypeInfo",
    description = "名单类型，按发布机关区分。/ A list type, keyed by its issuing authority.")
public record ListTypeInfo(
    @Schema(description = "名单类型代码。/ List type code.", example = "SPC_DISHONEST_JUDGMENT_DEBTOR")
        String code,
    @Schema(description = "中文名称。/ Chinese name.", example = "失信被执行人") String nameZh,
    @Schema(description = "英文名称。/ English name.", example = "Dishonest judgment debtors")
        String nameEn,
    @Schema(
            description =
                "名单性质：RED 守信红名单，BLACK 严重失信主体名单，WATCH 重点关注名单（如经营异常名录）。/ RED: trustworthy; BLACK: seriously dishonest; WATCH: under watch, such as the abnormal-operation list.",
            example = "BLACK")
        ListKind kind,
    @Schema(description = "发布机关代码。/ Issuing authority code.", example = "SPC") String authorityCode,
    @Schema(description = "发布机关中文名称。/ Issuing authority, in Chinese.", example = "最高人民法院")
        String authorityNameZh,
    @Schema(
            description = "发布机关英文名称。/ Issuing authority, in English.",
            example = "Supreme People's Court")
        String authorityNameEn,
    @Schema(
            description = "名单条目所用的记录类型。/ The record type of the list's entries.",
            example = "BLACK_LIST")
        String recordType) {

  static ListTypeInfo of(ListType listType) {
    return new ListTypeInfo(
        listType.code(),
        listType.name().zh(),
        listType.name().en(),
        listType.kind(),
        listType.authority().code(),
        listType.authority().name().zh(),
        listType.authority().name().en(),
        listType.recordType());
  }
}
