package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks a record against its record type without storing it. */
@PermitAll
@Path("/api/v1/catalog")
@Tag(name = "catalog")
public class RecordValidationResource {

  private final Catalog catalog;
  private final RecordValidator validator;

  RecordValidationResource(Catalog catalog, RecordValidator validator) {
    this.catalog = catalog;
    this.validator = validator;
  }

  @POST
  @Path("/record-types/{code}/validation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "validateRecord",
      summary = "试校验记录。/ Dry-run validation of a record.",
      description =
          "按记录类型的 JSON Schema 校验一条记录，再做 Schema 无法表达的检查（日期真实存在且先后有序、决定日期不晚于今天、"
              + "统一社会信用代码和公民身份号码的校验码），不保存。字段键可用字段代码或中文名称；错误位置按调用方所用的键给出。"
              + "/ Validates one record against the record type's JSON Schema, then by the checks"
              + " the schema cannot express (real dates in order, a decision date not after today,"
              + " check characters of credit codes and ID numbers), without storing it. Fields may"
              + " be keyed by code or by Chinese name; errors point at the key the caller used.")
  @RequestBody(
      required = true,
      description = "主体类别和记录字段。/ The subject kind and the record's fields.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ValidationRequest.class),
              examples = {
                @ExampleObject(
                    name = "penalty",
                    summary = "合格的行政处罚记录。/ A valid penalty record.",
                    value = CatalogExamples.PENALTY),
                @ExampleObject(
                    name = "penalty-by-chinese-names",
                    summary =
                        "以中文名称为键、有两处错误的记录。/ A record keyed by Chinese names, with two errors.",
                    value = CatalogExamples.PENALTY_BY_CHINESE_NAMES)
              }))
  @APIResponse(
      responseCode = "200",
      description = "记录合格。/ The record is valid.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ValidationResult.class),
              examples = @ExampleObject(name = "valid", value = CatalogExamples.VALID)))
  @APIResponse(
      responseCode = "400",
      description = "请求体不是所要求的 JSON。/ The body is not the JSON expected.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "malformed-request",
                      value = CatalogExamples.MALFORMED_BODY)))
  @APIResponse(
      responseCode = "404",
      description = "目录中没有该记录类型。/ The catalogue has no such record type.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "unknown-record-type",
                      value = CatalogExamples.UNKNOWN_RECORD_TYPE)))
  @APIResponse(
      responseCode = "422",
      description = "记录不合格，errors 逐项列出。/ The record is invalid; errors lists each problem.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "validation-failed",
                      value = CatalogExamples.VALIDATION_FAILED)))
  public ValidationResult validate(
      @PathParam("code")
          @Parameter(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY")
          String code,
      ValidationRequest request) {
    RecordType type = catalog.requireRecordType(code);
    ValidationRequest given = request == null ? new ValidationRequest(null, null) : request;
    List<Violation> violations = given.missingMembers();
    if (violations.isEmpty()) {
      violations = validator.validate(type, given.subjectKind(), given.fields());
    }
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          new Text("problem.validation-failed.detail", violations.size()),
          violations);
    }
    return ValidationResult.VALID;
  }
}
