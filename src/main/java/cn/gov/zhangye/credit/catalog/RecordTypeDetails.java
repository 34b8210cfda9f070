package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record type in full: its summary, its fields and the JSON Schema records are checked against.
 */
@Schema(
    name = "RecordTypeDetails",
    description =
        "记录类型全貌，含字段和 JSON Schema。/ A record type in full, with its fields and JSON Schema.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordTypeDetails(
    @Schema(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY") String code,
    @Schema(description = "中文名称。/ Chinese name.", example = "行政处罚") String nameZh,
    @Schema(description = "英文名称。/ English name.", example = "Administrative penalty") String nameEn,
    @Schema(description = "中文说明。/ Description in Chinese.", example = "行政机关作出的行政处罚决定（“双公示”行政处罚信息）。")
        String descriptionZh,
    @Schema(
            description = "英文说明。/ Description in English.",
            example =
                "A penalty decision of an administrative authority, disclosed under the double-publicity rules.")
        String descriptionEn,
    @Schema(
            description = "适用的主体类别。/ The subject kinds it applies to.",
            example = "[\"ORGANISATION\", \"PERSON\"]")
        List<SubjectKind> subjectKinds,
    @Schema(
            description = "共享级别：公开、有条件共享、不予共享。/ Sharing level: public, conditional, not shared.",
            example = "PUBLIC")
        SharingLevel sharing,
    @Schema(description = "公示规则。/ Publication rule.") PublicationInfo publication,
    @Schema(
            description = "可否信用修复。/ Whether credit repair can end its publication early.",
            example = "true")
        boolean repairable,
    @Schema(
            description =
                "决定日期字段，公示期自该日起算。/ The field holding the decision date, from which publication runs.",
            example = "CF_JDRQ")
        String decisionDateField,
    @Schema(
            description =
                "名单类型代码字段，仅名单类记录有。/ The field holding the list type code; list entries only.",
            example = "MD_LXDM")
        String listTypeField,
    @Schema(description = "字段清单，顺序同 schema。/ The fields, in the order of the schema.")
        List<FieldInfo> fields,
    @Schema(
            type = SchemaType.OBJECT,
            implementation = Object.class,
            description =
                "记录字段的 JSON Schema（2020-12），报送和校验即据此进行。/ The JSON Schema (2020-12) of the record's fields, which submissions and validation use.")
        JsonNode schema) {

  static RecordTypeDetails of(RecordType type) {
    return new RecordTypeDetails(
        type.code(),
        type.name().zh(),
        type.name().en(),
        type.description().zh(),
        type.description().en(),
        type.subjectKinds(),
        type.sharing(),
        PublicationInfo.of(type.publication()),
        type.repairable(),
        type.decisionDateField(),
        type.listTypeField().orElse(null),
        type.fields().stream().map(FieldInfo::of).toList(),
        type.schema());
  }
}
