package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.openapi.NamedResponsesFilter;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;

/** The 404 both verifications of a report number share, as a named response of the contract. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ReportResponsesFilter extends NamedResponsesFilter implements OASFilter {

  /** The 404 of a report number the gateway did not issue. */
  static final String REPORT_NOT_FOUND = "ReportNotFound";

  public ReportResponsesFilter() {
    super(
        Map.entry(
            REPORT_NOT_FOUND,
            new ProblemSample(
                    ProblemType.NOT_FOUND,
                    "资源不存在",
                    "没有这个编号的信用报告。",
                    "网关未出具这个编号的报告。/ No report of this number was issued.",
                    "/api/v1/reports/ZYXY-20261129-AAAAAAAA/verification")
                .response()));
  }
}
