package cn.gov.zhangye.credit.catalog.code;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/**
 * The public check tool for unified social credit codes. An invalid code is a normal answer, not an
 * error: only a path value too long to be any code is refused.
 */
@Path("/api/v1/codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
@PermitAll
public class UsccResource {

  private static final int MAX_LENGTH = 64;

  private final UsccReports reports;

  UsccResource(UsccReports reports) {
    this.reports = reports;
  }

  @GET
  @Path("/uscc/{code}")
  @Operation(
      summary = "校验统一社会信用代码。/ Check a unified social credit code.",
      description =
          "按 GB 32100-2015 校验代码（长度、字符、校验码、组织机构代码校验码），应用例外名单，并说明各字段：登记管理部门、机构类别、行政区划、"
              + "组织机构代码。无效代码同样返回 200，valid 为 false 并给出第一处缺陷。无需认证。/ Checks the code"
              + " against GB 32100-2015 (length, characters, check character, the check of the"
              + " organisation code), applies the override list, and names its fields: registration"
              + " authority, organisation type, division and organisation code. An invalid code"
              + " also answers 200, with valid false and its first defect. No authentication.")
  @APIResponse(
      responseCode = "200",
      description = "校验结果。/ The result of the check.",
      headers =
          @Header(
              name = HttpHeaders.CONTENT_LANGUAGE,
              description = "名称和说明所用的语言。/ The language of names and messages.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UsccReport.class),
              examples = {
                @ExampleObject(
                    name = "valid",
                    summary = "有效代码。/ A valid code.",
                    value =
                        """
                        {"code":"91620702MA72XK3D14","valid":true,"placeholder":false,\
                        "overridden":false,\
                        "registrationAuthority":{"code":"9","name":"工商（市场监管）"},\
                        "organisationType":{"code":"91","name":"企业"},\
                        "division":{"code":"620702","name":"甘州区","province":"甘肃省"},\
                        "organisationCode":"MA72XK3D1"}"""),
                @ExampleObject(
                    name = "check-character",
                    summary = "校验码错误。/ A wrong check character.",
                    value =
                        """
                        {"code":"91620702MA72XK3D15","valid":false,"placeholder":false,\
                        "overridden":false,"defect":{"code":"check-character",\
                        "message":"校验未通过：按前 17 位计算，第 18 位校验码应为“4”，实际为“5”。请逐位核对。"},\
                        "registrationAuthority":{"code":"9","name":"工商（市场监管）"},\
                        "organisationType":{"code":"91","name":"企业"},\
                        "division":{"code":"620702","name":"甘州区","province":"甘肃省"},\
                        "organisationCode":"MA72XK3D1"}"""),
                @ExampleObject(
                    name = "length",
                    summary = "长度错误。/ A wrong length.",
                    value =
                        """
                        {"code":"91620702MA72XK3D1","valid":false,"placeholder":false,\
                        "overridden":false,"defect":{"code":"length",\
                        "message":"统一社会信用代码应为 18 位，实际为 17 位。"}}""")
              }))
  @APIResponse(
      responseCode = "400",
      description = "路径中的值过长，不可能是代码。/ The path value is too long to be any code.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "too-long",
                      value =
                          """
                          {"type":"https://credit.zhangye.gov.cn/problems/malformed-request",\
                          "title":"请求格式错误","status":400,\
                          "detail":"请求无法解析，请检查参数和请求体。",\
                          "instance":"/api/v1/codes/uscc/91620702MA72XK3D1491620702MA72XK3D1491620702MA72XK3D1491620702MA72XK3D14",\
                          "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
                          "errors":[{"pointer":"code","code":"too-long",\
                          "message":"参数过长：最多 64 个字符，实际为 72 个。"}]}""")))
  public RestResponse<UsccReport> checkUscc(
      @Parameter(
              description =
                  "要校验的代码，原样校验（不去空格、不转大写）。/ The code to check, as given (not trimmed, not upper-cased).",
              example = "91620702MA72XK3D14")
          @PathParam("code")
          String code,
      @Parameter(description = "zh 或 en，默认中文。/ zh or en; Chinese by default.", example = "zh-CN")
          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
          String acceptLanguage) {
    int length = code.codePointCount(0, code.length());
    if (length > MAX_LENGTH) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.detail"),
          List.of(
              new Violation(
                  "code", "too-long", new Text("code.parameter.too-long", MAX_LENGTH, length))));
    }
    Locale language = Languages.choose(acceptLanguage);
    return RestResponse.ResponseBuilder.ok(reports.report(code, language))
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .build();
  }
}
