package cn.gov.zhangye.credit.catalog.region;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The administrative divisions of the catalogue, read-only and open to anyone. */
@Path("/api/v1/catalog/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
@PermitAll
public class RegionsResource {

  private final Regions regions;

  RegionsResource(Regions regions) {
    this.regions = regions;
  }

  @GET
  @Operation(
      summary = "列出行政区划。/ List the administrative divisions.",
      description =
          "本平台服务的行政区划（GB/T 2260），按目录顺序；给出 parent 时只列其直接下级。无需认证。/ The administrative"
              + " divisions (GB/T 2260) the gateway serves, in catalogue order; with parent, only"
              + " the divisions directly below it. No authentication.")
  @APIResponse(
      responseCode = "200",
      description = "行政区划列表，可能为空。/ The divisions; possibly none.",
      headers =
          @Header(
              name = HttpHeaders.CONTENT_LANGUAGE,
              description = "名称所用的语言。/ The language of the names.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = DivisionView.class),
              examples =
                  @ExampleObject(
                      name = "counties",
                      summary = "张掖市的下级区划（节选）。/ Divisions below Zhangye (excerpt).",
                      value =
                          """
                          [{"code":"620702","name":"甘州区","level":"district",\
                          "parent":"620700","pilot":false},\
                          {"code":"620723","name":"临泽县","level":"county",\
                          "parent":"620700","pilot":true}]""")))
  @APIResponse(
      responseCode = "400",
      description = "parent 不是六位数字。/ parent is not six digits.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "malformed-parent",
                      value =
                          """
                          {"type":"https://credit.zhangye.gov.cn/problems/malformed-request",\
                          "title":"请求格式错误","status":400,\
                          "detail":"请求无法解析，请检查参数和请求体。",\
                          "instance":"/api/v1/catalog/regions",\
                          "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
                          "errors":[{"pointer":"parent","code":"format",\
                          "message":"上级区划代码应为 6 位数字。"}]}""")))
  public RestResponse<List<DivisionView>> listRegions(
      @Parameter(
              description = "只列此区划的直接下级。/ List only the divisions directly below this one.",
              example = "620700")
          @QueryParam("parent")
          String parent,
      @Parameter(description = "zh 或 en，默认中文。/ zh or en; Chinese by default.", example = "zh-CN")
          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
          String acceptLanguage) {
    if (parent != null && !Regions.DIVISION_CODE.matcher(parent).matches()) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.detail"),
          List.of(new Violation("parent", "format", new Text("region.parent.malformed"))));
    }
    Locale language = Languages.choose(acceptLanguage);
    List<Division> divisions = parent == null ? regions.all() : regions.children(parent);
    return RestResponse.ResponseBuilder.ok(
            divisions.stream().map(division -> DivisionView.of(division, language)).toList())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .build();
  }
}
