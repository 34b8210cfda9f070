package cn.gov.zhangye.credit.platform.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the answers that several operations of a feature share to the contract as named responses,
 * so that the operations refer to them ({@code @APIResponse(responseCode = "404", ref = NAME)})
 * instead of repeating them. A feature names its own in a subclass annotated
 * {@code @OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)}.
 */
public abstract class NamedResponsesFilter implements OASFilter {

  private final List<Map.Entry<String, APIResponse>> responses;

  /** The responses by the names the operations refer to, in the order the contract lists them. */
  @SafeVarargs
  protected NamedResponsesFilter(Map.Entry<String, APIResponse>... responses) {
    this.responses = List.of(responses);
  }

  @Override
  public final void filterOpenAPI(OpenAPI openAPI) {
    responses.forEach(
        response -> openAPI.getComponents().addResponse(response.getKey(), response.getValue()));
  }
}
