package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.openapi.NamedResponsesFilter;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * The 404 every operation on one record of the caller shares, as a named response of the contract.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RecordResponsesFilter extends NamedResponsesFilter implements OASFilter {

  /** The 404 of an operation on a record the caller did not submit. */
  static final String RECORD_NOT_FOUND = "RecordNotFound";

  public RecordResponsesFilter() {
    super(
        Map.entry(
            RECORD_NOT_FOUND,
            new ProblemSample(
                    ProblemType.NOT_FOUND,
                    "未找到",
                    "调用方没有记录类型 ADMIN_PENALTY、编号 ZYSJ-CF-2026-000999 的记录。",
                    "调用方没有这条记录。/ The caller has no such record.",
                    "/api/v1/records/ADMIN_PENALTY/ZYSJ-CF-2026-000999")
                .response()));
  }
}
