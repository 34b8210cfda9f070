package cn.gov.zhangye.credit.platform.paging;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.openapi.ContractOperations;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shows in the contract, on the 400 answer of every listing (an operation taking {@code cursor}),
 * the one problem of a bad cursor and the one of a bad size, rendered as the gateway renders them,
 * so that no listing describes them itself. A listing must declare its 400 answer; the build fails
 * when one does not.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PagingContractFilter implements OASFilter {

  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static final String REQUEST_ID = "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ContractOperations.each(
        openAPI,
        (path, operation) -> {
          if (parameter(operation, PagingProblems.CURSOR) != null) {
            describe(path, operation);
          }
        });
  }

  private static void describe(String path, Operation listing) {
    APIResponse refusal = listing.getResponses().getAPIResponse("400");
    if (refusal == null || refusal.getRef() != null) {
      throw new IllegalStateException(
          listing.getOperationId() + " takes a cursor but declares no 400 answer of its own");
    }
    if (refusal.getContent() == null) {
      refusal.content(OASFactory.createContent());
    }
    MediaType problem = refusal.getContent().getMediaType(ProblemResponses.MEDIA_TYPE);
    if (problem == null) {
      problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
      refusal.getContent().addMediaType(ProblemResponses.MEDIA_TYPE, problem);
    }
    String instance = instance(path, listing);
    problem
        .addExample(
            PagingProblems.INVALID_CURSOR.slug(),
            example(PagingProblems.invalidCursor("other-listing"), instance))
        .addExample(
            "page-size",
            example(PagingProblems.badSizeProblem(PagingConfig.DEFAULT_MAX_SIZE), instance));
  }

  /** The path with each path parameter replaced by its example. */
  private static String instance(String path, Operation listing) {
    String instance = path;
    for (Parameter parameter : listing.getParameters()) {
      if (parameter.getIn() == Parameter.In.PATH && parameter.getExample() != null) {
        instance =
            instance.replace("{" + parameter.getName() + "}", parameter.getExample().toString());
      }
    }
    return instance;
  }

  private static Example example(ProblemException problem, String instance) {
    Object body = ProblemResponses.body(problem, Languages.CHINESE, instance, REQUEST_ID);
    return OASFactory.createExample().value(JSON.convertValue(body, Map.class));
  }

  private static Parameter parameter(Operation operation, String name) {
    List<Parameter> parameters = operation.getParameters();
    return parameters == null
        ? null
        : parameters.stream()
            .filter(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()))
            .findFirst()
            .orElse(null);
  }
}
