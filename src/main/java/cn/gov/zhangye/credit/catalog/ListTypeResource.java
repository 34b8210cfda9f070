package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The red, black and watch list types of the catalogue. */
@PermitAll
@Path("/api/v1/catalog")
@Tag(name = "catalog")
public class ListTypeResource {

  private final Catalog catalog;

  ListTypeResource(Catalog catalog) {
    this.catalog = catalog;
  }

  @GET
  @Path("/list-types")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listListTypes",
      summary = "名单类型列表。/ List types.",
      description =
          "红名单、黑名单和重点关注名单的类型，按发布机关区分，并给出名单条目所用的记录类型。/ The red, black and watch"
              + " list types, keyed by issuing authority, with the record type their entries use.")
  @APIResponse(
      responseCode = "200",
      description = "名单类型，按目录顺序。/ The list types, in catalogue order.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ListTypeInfo.class),
              examples = @ExampleObject(name = "list-types", value = CatalogExamples.LIST_TYPES)))
  @APIResponse(
      responseCode = "400",
      description = "kind 参数无效。/ The kind parameter is invalid.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "invalid-kind", value = CatalogExamples.INVALID_LIST_KIND)))
  public List<ListTypeInfo> listTypes(
      @QueryParam("kind")
          @Parameter(
              description = "只列出此性质的名单类型。/ Only list types of this kind.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"RED", "BLACK", "WATCH"}),
              example = "BLACK")
          String kind) {
    Optional<ListKind> wanted = Optional.ofNullable(kind).map(ListTypeResource::parse);
    return catalog.listTypes().stream()
        .filter(listType -> wanted.map(listType.kind()::equals).orElse(true))
        .map(ListTypeInfo::of)
        .toList();
  }

  private static ListKind parse(String kind) {
    try {
      return ListKind.valueOf(kind);
    } catch (IllegalArgumentException unknown) {
      String allowed =
          Arrays.stream(ListKind.values()).map(Enum::name).collect(Collectors.joining(" / "));
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.detail"),
          List.of(new Violation("kind", "enum", new Text("violation.list-kind", kind, allowed))));
    }
  }
}
