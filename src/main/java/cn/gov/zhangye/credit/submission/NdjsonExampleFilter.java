package cn.gov.zhangye.credit.submission;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the NDJSON example of a submission as the text it is: the annotation scanner reads a
 * one-line example that looks like JSON as a JSON object, which does not match the string schema of
 * an NDJSON body.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NdjsonExampleFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI
        .getPaths()
        .getPathItem(SubmissionLinks.PATH)
        .getPOST()
        .getRequestBody()
        .getContent()
        .getMediaType(SubmissionResource.NDJSON)
        .getExamples()
        .get("ndjson")
        .setValue(SubmissionExamples.NDJSON_BODY);
  }
}
