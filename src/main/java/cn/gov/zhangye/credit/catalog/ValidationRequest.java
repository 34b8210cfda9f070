package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record to check against its record type without storing it. */
@Schema(name = "ValidationRequest", description = "待试校验的记录，不会保存。/ A record to check, not stored.")
public record ValidationRequest(
    @Schema(
            required = true,
            description =
                "信用主体类别，须为该记录类型适用的类别。/ The kind of credit subject; must be one the record type applies to.",
            example = "ORGANISATION")
        SubjectKind subjectKind,
    @Schema(
            required = true,
            type = SchemaType.OBJECT,
            implementation = Object.class,
            description =
                "记录字段，键为字段代码或中文名称。/ The record's fields, keyed by field code or Chinese name.")
        ObjectNode fields) {

  /** The members the body lacks, as violations. */
  List<Violation> missingMembers() {
    List<Violation> missing = new ArrayList<>();
    if (subjectKind == null) {
      missing.add(required("subjectKind"));
    }
    if (fields == null) {
      missing.add(required("fields"));
    }
    return missing;
  }

  private static Violation required(String member) {
    return new Violation("/" + member, "required", new Text("violation.request.required", member));
  }
}
