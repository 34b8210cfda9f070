package cn.gov.zhangye.credit.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The version of the catalogue in use. */
@PermitAll
@Path("/api/v1/catalog")
@Tag(name = "catalog")
public class CatalogResource {

  private final Catalog catalog;

  CatalogResource(Catalog catalog) {
    this.catalog = catalog;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getCatalog",
      summary = "目录版本。/ Catalogue version.",
      description =
          "所用公共信用信息目录的版本、依据、生效日期和各失信等级的公示期限。/ The version of the public credit"
              + " information catalogue in use, what it is based on, from when it applies, and the"
              + " publication bounds of each dishonesty class.")
  @APIResponse(
      responseCode = "200",
      description = "目录版本信息。/ The catalogue's version.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CatalogInfo.class),
              examples = @ExampleObject(name = "catalog", value = CatalogExamples.CATALOG)))
  public CatalogInfo catalog() {
    return CatalogInfo.of(catalog);
  }
}
