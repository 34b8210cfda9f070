package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.openapi.NamedResponsesFilter;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;

/** The 404 every operation on one submission shares, as a named response of the contract. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SubmissionResponsesFilter extends NamedResponsesFilter implements OASFilter {

  /** The 404 of an operation on a submission the caller does not have. */
  static final String SUBMISSION_NOT_FOUND = "SubmissionNotFound";

  public SubmissionResponsesFilter() {
    super(
        Map.entry(
            SUBMISSION_NOT_FOUND,
            new ProblemSample(
                    ProblemType.NOT_FOUND,
                    "未找到",
                    "调用方没有编号为 0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60 的报送。",
                    "没有这个报送（或不是调用方的）。/ No such submission of the caller.",
                    SubmissionLinks.PATH + "/0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60")
                .response()));
  }
}
