package cn.gov.zhangye.credit.platform.openapi;

import cn.gov.zhangye.credit.platform.http.RequestIds;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every operation of the contract with what the platform does for all of them: the {@code
 * X-Request-Id} header on every response, and the problem answers any operation may give (406, 500)
 * unless the operation describes them itself.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String EXAMPLE_PATH = "/api/v1/catalog/record-types";
  private static final String REQUEST_ID_HEADER = "#/components/headers/X-Request-Id";

  private static final Map<String, ProblemSample> COMMON_PROBLEMS = new TreeMap<>();

  static {
    COMMON_PROBLEMS.put(
        "406",
        new ProblemSample(
            ProblemType.NOT_ACCEPTABLE,
            "无法提供所要求的格式",
            "无法按 Accept 所列格式（application/xml）提供响应。",
            "无法提供所要求的响应格式。/ No representation matches the Accept header.",
            EXAMPLE_PATH));
    COMMON_PROBLEMS.put(
        "500",
        new ProblemSample(
            ProblemType.INTERNAL_ERROR,
            "服务内部错误",
            "服务出现意外错误，已记录。请凭请求编号联系运维人员。",
            "服务内部错误，不含内部细节。/ Unexpected failure, without internals.",
            EXAMPLE_PATH));
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI
        .getComponents()
        .addHeader(
            RequestIds.HEADER,
            OASFactory.createHeader()
                .description(
                    "请求编号：调用方提供的合法值原样返回，否则新生成；日志中同样记录。/ The request id: the"
                        + " caller's when sane, else a new one; also in the logs.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(path -> path.getOperations().values().stream())
        .forEach(this::complete);
  }

  private void complete(Operation operation) {
    APIResponses responses = operation.getResponses();
    COMMON_PROBLEMS.forEach(
        (status, sample) -> {
          if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, sample.response());
          }
        });
    responses
        .getAPIResponses()
        .values()
        .forEach(response -> response.addHeader(RequestIds.HEADER, requestIdHeader()));
  }

  private static Header requestIdHeader() {
    return OASFactory.createHeader().ref(REQUEST_ID_HEADER);
  }
}
