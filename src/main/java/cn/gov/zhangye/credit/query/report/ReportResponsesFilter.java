package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The 404 both verifications of a report number share, as a named response of the contract, so that
 * the operations refer to it instead of repeating it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ReportResponsesFilter implements OASFilter {

  /** The 404 of a report number the gateway did not issue. */
  static final String REPORT_NOT_FOUND = "ReportNotFound";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI
        .getComponents()
        .addResponse(
            REPORT_NOT_FOUND,
            new ProblemSample(
                    ProblemType.NOT_FOUND,
                    "资源不存在",
                    "没有这个编号的信用报告。",
                    "网关未出具这个编号的报告。/ No report of this number was issued.",
                    "/api/v1/reports/ZYXY-20261129-AAAAAAAA/verification")
                .response());
  }
}
