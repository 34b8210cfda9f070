package cn.gov.zhangye.credit.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer: RFC 9457 problem details with our extension members. */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 问题详情，所有错误响应的格式。/ RFC 9457 problem details: the body of every error"
            + " response.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(
            description = "问题类型，稳定的 URI。/ The kind of problem, a stable URI.",
            example = "https://credit.zhangye.gov.cn/problems/validation-failed")
        URI type,
    @Schema(description = "问题类型的简短标题。/ Short title of the problem type.", example = "请求数据校验未通过")
        String title,
    @Schema(description = "HTTP 状态码。/ The HTTP status code.", example = "422") int status,
    @Schema(description = "本次问题的说明。/ What went wrong with this request.", example = "记录有 1 处错误。")
        String detail,
    @Schema(
            description = "出现问题的请求路径。/ The request path the problem occurred on.",
            example = "/api/v1/catalog/record-types/ADMIN_PENALTY/validation")
        URI instance,
    @Schema(
            description = "请求编号，同 X-Request-Id 响应头，用于查询日志。/ The request id, as in X-Request-Id.",
            example = "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e")
        String requestId,
    @Schema(description = "逐项错误（校验类问题）。/ Field-level errors, for validation problems.")
        List<FieldError> errors) {

  /** One field-level error. */
  @Schema(name = "FieldError", description = "逐项错误。/ One field-level error.")
  public record FieldError(
      @Schema(
              description =
                  "出错位置：请求体中的 JSON Pointer，或参数、请求头名称。/ Where: a JSON Pointer into the body, or a parameter or header name.",
              example = "/fields/CF_JDRQ")
          String pointer,
      @Schema(description = "稳定的错误代码。/ A stable error code.", example = "required") String code,
      @Schema(description = "错误说明。/ What is wrong.", example = "缺少必填字段“处罚决定日期”（CF_JDRQ）。")
          String message) {}
}
