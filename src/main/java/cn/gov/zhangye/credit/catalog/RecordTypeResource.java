package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The record types of the catalogue. */
@PermitAll
@Path("/api/v1/catalog")
@Tag(name = "catalog")
public class RecordTypeResource {

  private final Catalog catalog;

  RecordTypeResource(Catalog catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("/record-types")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listRecordTypes",
      summary = "记录类型列表。/ Record types.",
      description =
          "目录中的全部记录类型及其适用主体、共享级别和公示规则。/ Every record type of the catalogue with the"
              + " subject kinds it applies to, its sharing level and its publication rule.")
  @APIResponse(
      responseCode = "200",
      description = "记录类型概要，按目录顺序。/ The record types in brief, in catalogue order.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RecordTypeSummary.class),
              examples =
                  @ExampleObject(name = "record-types", value = CatalogExamples.RECORD_TYPES)))
  public List<RecordTypeSummary> recordTypes() {
    return catalog.recordTypes().stream().map(RecordTypeSummary::of).toList();
  }

  @GET
  @Path("/record-types/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getRecordType",
      summary = "记录类型详情。/ A record type in full.",
      description =
          "记录类型的全部信息，含字段清单（代码、中英文名称、是否必填）和记录字段的 JSON Schema。/ Everything about a"
              + " record type, with its fields (code, Chinese and English names, required) and the"
              + " JSON Schema of its records' fields.")
  @APIResponse(
      responseCode = "200",
      description = "记录类型详情。/ The record type.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecordTypeDetails.class),
              examples = @ExampleObject(name = "penalty", value = CatalogExamples.RECORD_TYPE)))
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
  public RecordTypeDetails recordType(
      @PathParam("code")
          @Parameter(description = "记录类型代码。/ Record type code.", example = "ADMIN_PENALTY")
          String code) {
    return RecordTypeDetails.of(catalog.requireRecordType(code));
  }
}
