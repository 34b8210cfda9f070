package cn.gov.zhangye.credit.platform.openapi;

import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A problem answer as the contract shows it, for filters that add the same answer to many
 * operations: the Problem schema with one example.
 *
 * @param instance the request path of the example
 */
public record ProblemSample(
    ProblemType type, String title, String detail, String description, String instance) {

  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  public APIResponse response() {
    return response(description, Map.of(type.slug(), example()));
  }

  /** A problem answer with {@code examples} (each a problem as JSON would hold it) by name. */
  public static APIResponse response(String description, Map<String, ?> examples) {
    MediaType problem =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
    examples.forEach(
        (name, example) -> problem.addExample(name, OASFactory.createExample().value(example)));
    return OASFactory.createAPIResponse()
        .description(description)
        .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, problem));
  }

  private Map<String, Object> example() {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", type.uri().toString());
    example.put("title", title);
    example.put("status", type.status());
    example.put("detail", detail);
    example.put("instance", instance);
    example.put("requestId", "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e");
    return example;
  }
}
