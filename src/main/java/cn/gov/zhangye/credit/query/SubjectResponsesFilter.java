package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.openapi.NamedResponsesFilter;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem answers of an operation on one subject by its code (a subject's profile, its credit
 * report) as named responses of the contract.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SubjectResponsesFilter extends NamedResponsesFilter implements OASFilter {

  /**
   * 400: an invalid code, an identity number in the URL, or a person without purpose or consent.
   */
  public static final String SUBJECT_REQUEST_INVALID = "SubjectRequestInvalid";

  /** 403: a person asked for without the scope or the licence. */
  public static final String PERSON_QUERY_REFUSED = "PersonQueryRefused";

  /** 404: a subject unknown, or one the caller may not see. */
  public static final String SUBJECT_NOT_FOUND = "SubjectNotFound";

  private static final ObjectMapper JSON = new ObjectMapper();

  public SubjectResponsesFilter() {
    super(
        Map.entry(
            SUBJECT_REQUEST_INVALID,
            problem(
                "代码无效（说明原因），网址中含身份证号码，或查询自然人缺少目的、授权书编号。/ An invalid code (with"
                    + " the reason), an identity number in the URL, or a person asked for without"
                    + " purpose or consent.",
                Map.entry("invalid-code", QueryExamples.INVALID_CODE),
                Map.entry("identity-number-in-url", QueryExamples.IDENTITY_NUMBER_IN_URL),
                Map.entry("person-incomplete", QueryExamples.PERSON_INCOMPLETE))),
        Map.entry(
            PERSON_QUERY_REFUSED,
            problem(
                "查询自然人但缺少权限范围或未获准。/ A person asked for without the scope or the licence.",
                Map.entry("not-licensed", QueryExamples.NOT_LICENSED))),
        Map.entry(
            SUBJECT_NOT_FOUND,
            problem(
                "没有可供调用方查看的该主体。/ No subject the caller may see.",
                Map.entry("not-found", QueryExamples.NOT_FOUND))));
  }

  @SafeVarargs
  private static APIResponse problem(String description, Map.Entry<String, String>... examples) {
    Map<String, Object> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, String> example : examples) {
      parsed.put(example.getKey(), parsed(example.getValue()));
    }
    return ProblemSample.response(description, parsed);
  }

  private static Object parsed(String example) {
    try {
      return JSON.readValue(example, Map.class);
    } catch (JsonProcessingException broken) {
      throw new IllegalStateException("An example of the query contract is not JSON", broken);
    }
  }
}
