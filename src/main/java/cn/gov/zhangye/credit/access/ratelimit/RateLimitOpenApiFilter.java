package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes in the contract what plans do to every operation under {@code /api/v1}: the rate-limit
 * fields on each answer and the 429 refusal, unless the operation describes its rate-limit fields
 * itself (as the quota does, which never refuses).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitOpenApiFilter implements OASFilter {

  private static final String HEADERS = "#/components/headers/";
  static final String POLICY_HEADER = HEADERS + RateLimitFields.POLICY;
  static final String LIMIT_HEADER = HEADERS + RateLimitFields.LIMIT;
  private static final String RETRY_AFTER_HEADER = HEADERS + HttpHeaders.RETRY_AFTER;
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static final String LIMITED_PATHS = "/api/v1/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI
        .getComponents()
        .addHeader(
            RateLimitFields.POLICY,
            header(
                "调用方套餐的各时间窗（draft-ietf-httpapi-ratelimit-headers-11）：q 为单位上限，w 为窗口秒数。/ The"
                    + " windows of the caller's plan (draft-ietf-httpapi-ratelimit-headers-11): q"
                    + " units per w seconds.",
                "\"burst\";q=10;w=1, \"minute\";q=120;w=60, \"day\";q=5000;w=86400"))
        .addHeader(
            RateLimitFields.LIMIT,
            header(
                "最紧的时间窗：r 为剩余单位，t 为恢复满额的秒数。/ The binding window: r units left, whole"
                    + " again in t seconds.",
                "\"minute\";r=3;t=42"))
        .addHeader(
            HttpHeaders.RETRY_AFTER, header("多少秒后可以重试。/ Seconds to wait before retrying.", "42"));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().entrySet().stream()
        .filter(path -> path.getKey().startsWith(LIMITED_PATHS))
        .flatMap(path -> path.getValue().getOperations().values().stream())
        .forEach(RateLimitOpenApiFilter::complete);
  }

  private static void complete(Operation operation) {
    APIResponses responses = operation.getResponses();
    boolean describedHere =
        responses.getAPIResponses().values().stream()
            .anyMatch(
                response ->
                    response.getHeaders() != null
                        && response.getHeaders().containsKey(RateLimitFields.LIMIT));
    if (describedHere) {
      return;
    }
    responses.getAPIResponses().values().forEach(RateLimitOpenApiFilter::addFields);
    if (responses.getAPIResponse("429") == null) {
      responses.addAPIResponse("429", refusal());
    }
  }

  private static APIResponse addFields(APIResponse response) {
    return response
        .addHeader(RateLimitFields.POLICY, OASFactory.createHeader().ref(POLICY_HEADER))
        .addHeader(RateLimitFields.LIMIT, OASFactory.createHeader().ref(LIMIT_HEADER));
  }

  private static APIResponse refusal() {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", RateLimitProblems.RATE_LIMITED.uri().toString());
    example.put("title", "请求过于频繁");
    example.put("status", RateLimitProblems.RATE_LIMITED.status());
    example.put("detail", "已用完套餐“anonymous”本分钟的 120 个单位，请 42 秒后重试。");
    example.put("instance", "/api/v1/catalog/record-types");
    example.put("requestId", "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e");
    return addFields(
        OASFactory.createAPIResponse()
            .description(
                "超出套餐限额，请在 Retry-After 秒后重试。/ The plan does not allow this call now; retry"
                    + " after Retry-After seconds.")
            .addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER_HEADER))
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        ProblemResponses.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                            .addExample(
                                RateLimitProblems.RATE_LIMITED.slug(),
                                OASFactory.createExample().value(example)))));
  }

  private static Header header(String description, String example) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
        .example(example);
  }
}
