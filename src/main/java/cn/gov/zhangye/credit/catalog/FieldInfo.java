package cn.gov.zhangye.credit.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field of a record type, as the API shows it. */
@Schema(name = "FieldInfo", description = "记录类型的字段。/ A field of a record type.")
public record FieldInfo(
    @Schema(description = "字段代码。/ Field code.", example = "CF_JDRQ") String code,
    @Schema(
            description =
                "中文名称，也可作为报送时的字段键（如表格表头）。/ Chinese name, also accepted as the field's key, e.g. as a spreadsheet header.",
            example = "处罚决定日期")
        String nameZh,
    @Schema(description = "英文名称。/ English name.", example = "Penalty decision date") String nameEn,
    @Schema(
            description = "中文说明。/ Description in Chinese.",
            example = "作出处罚决定的日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。")
        String descriptionZh,
    @Schema(
            description = "英文说明。/ Description in English.",
            example = "Date of the penalty decision, yyyy-MM-dd or yyyy/MM/dd.")
        String descriptionEn,
    @Schema(
            description =
                "是否每条记录必填；仅在特定情形下必填的字段为 false，其规则见 schema。/ Whether every record must have it; fields required only in some cases are false, see the schema.",
            example = "true")
        boolean required) {

  static FieldInfo of(FieldDefinition field) {
    return new FieldInfo(
        field.code(),
        field.name().zh(),
        field.name().en(),
        field.description().zh(),
        field.description().en(),
        field.required());
  }
}
