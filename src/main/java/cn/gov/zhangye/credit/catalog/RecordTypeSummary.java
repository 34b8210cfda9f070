package cn.gov.zhangye.credit.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record type in the list of record types. */
@Schema(name = "RecordTypeSummary", description = "记录类型概要。/ A record type in brief.")
public record RecordTypeSummary(
    @Schema(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY") String code,
    @Schema(description = "中文名称。/ Chinese name.", example = "行政处罚") String nameZh,
    @Schema(description = "英文名称。/ English name.", example = "Administrative penalty") String nameEn,
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
        boolean repairable) {

  static RecordTypeSummary of(RecordType type) {
    return new RecordTypeSummary(
        type.code(),
        type.name().zh(),
        type.name().en(),
        type.subjectKinds(),
        type.sharing(),
        PublicationInfo.of(type.publication()),
        type.repairable());
  }
}
