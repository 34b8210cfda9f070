package cn.gov.zhangye.credit.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subject found by a search. */
@Schema(name = "SubjectSummary", description = "搜索到的主体。/ A subject found by a search.")
public record SubjectSummary(
    @Schema(
            description = "统一社会信用代码；自然人为脱敏的身份证号码。/ The credit code; masked for a person.",
            example = "91620702MA74A0TD98")
        String code,
    @Schema(description = "ORGANISATION 或 PERSON。/ The kind.", example = "ORGANISATION")
        String kind,
    @Schema(
            description = "名称；自然人为脱敏姓名。/ The name; masked for a person.",
            example = "张掖市甘州区示例商贸有限公司")
        String name,
    SubjectProfile.Region region,
    SubjectProfile.Flags flags) {

  static SubjectSummary of(SubjectProfile profile) {
    return new SubjectSummary(
        profile.code(), profile.kind(), profile.name(), profile.region(), profile.flags());
  }
}
