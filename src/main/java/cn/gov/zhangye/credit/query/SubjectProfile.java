package cn.gov.zhangye.credit.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subject as an agency may see it. */
@Schema(
    name = "SubjectProfile",
    description = "信用主体概况（对调用方可见的部分）。/ A credit subject as the caller may see it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectProfile(
    @Schema(
            description =
                "统一社会信用代码；自然人为脱敏的身份证号码。/ The credit code; a person's masked identity number.",
            example = "91620702MA74A0TD98")
        String code,
    @Schema(description = "ORGANISATION 法人和非法人组织；PERSON 自然人。/ The kind.", example = "ORGANISATION")
        String kind,
    @Schema(
            description = "名称；自然人为脱敏姓名。/ The name; masked for a person.",
            example = "张掖市甘州区示例商贸有限公司")
        String name,
    Region region,
    Registration registration,
    @Schema(
            description = "可见记录数，按记录类型。/ Visible records by record type.",
            example = "{\"ADMIN_LICENCE\": 3, \"ADMIN_PENALTY\": 1}")
        Map<String, Integer> recordCounts,
    Flags flags,
    @Schema(
            description = "主体或其可见记录最近一次变化的时间。/ When the subject or a visible record last changed.",
            example = "2026-11-28T03:00:00Z")
        Instant lastChangedAt,
    @Schema(
            description =
                "可见记录多于网关缓存的条数（credit.query.snapshot-records）时为 true：recordCounts 仍计入全部记录，"
                    + "/records 仍按游标列出全部记录（逐页从数据库读取），信用报告最多含 credit.report.max-records 条。"
                    + "/ True when the caller may see more records than the gateway keeps at hand"
                    + " (credit.query.snapshot-records): recordCounts still counts all of them,"
                    + " /records still lists all of them with its cursor (read page by page from"
                    + " the store), a report holds at most credit.report.max-records.",
            example = "false")
        boolean recordsTruncated,
    @Schema(
            description =
                "自然人的句柄：仅对本机构有效的不透明值，用于 /api/v1/subjects/{code}、/records 和 /report 中代替身份证号码；"
                    + "组织无此项。/ A person's handle: an opaque value valid for the calling agency only,"
                    + " used in place of the identity number as {code} in /api/v1/subjects/{code},"
                    + " /records and /report; absent for an organisation.",
            example = "person_Xq3v0Jb5mP2a9Lk4sT7wYcE1hN8dR6uV0iO3gF2jK5lZ")
        String subject) {

  /** This profile with a person's handle for the agency that reads it. */
  SubjectProfile withSubject(String handle) {
    return new SubjectProfile(
        code,
        kind,
        name,
        region,
        registration,
        recordCounts,
        flags,
        lastChangedAt,
        recordsTruncated,
        handle);
  }

  /** A bilingual name. */
  @Schema(name = "QueryName", description = "中英文名称。/ A name in Chinese and English.")
  public record Name(
      @Schema(description = "中文。/ Chinese.", example = "甘州区") String zh,
      @Schema(description = "英文。/ English.", example = "Ganzhou District") String en) {}

  /** The administrative division of the subject. */
  @Schema(name = "SubjectRegion", description = "主体所属行政区划。/ The subject's division.")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Region(
      @Schema(description = "六位行政区划代码（GB/T 2260）。/ Six-digit division code.", example = "620702")
          String code,
      @Schema(description = "区划名称；目录中没有时省略。/ Its name; absent when not in the catalogue.")
          Name name) {}

  /** What the platform knows of the subject's registration. */
  @Schema(
      name = "SubjectRegistration",
      description = "平台掌握的登记信息。/ The registration facts the platform knows.")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Registration(
      @Schema(description = "主体类别。/ Subject category.", example = "法人及非法人组织") String category,
      @Schema(description = "工商注册号。/ Business registration number.", example = "620702000012345")
          String registrationNumber,
      @Schema(description = "登记管理部门（代码第 1 位）。/ Registration authority (position 1).")
          Coded registrationAuthority,
      @Schema(description = "机构类别（代码第 2 位）。/ Organisation type (position 2).")
          Coded organisationType,
      @Schema(
              description = "平台首次记录该主体的时间。/ When the platform first recorded the subject.",
              example = "2026-01-05T02:00:00Z")
          Instant firstRecordedAt) {}

  /** A coded value with its name. */
  @Schema(name = "CodedName", description = "代码及名称。/ A code and its name.")
  public record Coded(@Schema(example = "9") String code, Name name) {}

  /** What the subject's visible records say about it. */
  @Schema(name = "SubjectFlags", description = "主体标识。/ The subject's flags.")
  public record Flags(
      @Schema(
              description =
                  "有可见的严重失信主体名单或经营异常名录记录。/ A visible black-list or abnormal-operation record.",
              example = "false")
          boolean blackList,
      @Schema(description = "有可见的守信红名单记录。/ A visible red-list record.", example = "false")
          boolean redList,
      @Schema(
              description =
                  "有记录处于异议处理中。异议功能尚未上线，目前恒为 false。/ A record is under objection. Objections"
                      + " are not yet handled by the platform: always false for now.",
              example = "false")
          boolean underObjection) {}
}
