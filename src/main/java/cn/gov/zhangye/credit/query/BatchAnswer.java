package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.problem.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of a batch query, one per code, in the order of the codes. */
@Schema(
    name = "BatchAnswer",
    description = "批量查询结果，每个代码一项，顺序同请求。/ One result per code, in the order of the request.")
public record BatchAnswer(List<Item> results) {

  /** The answer for one code: its profile, or the problem that a single query would have given. */
  @Schema(name = "BatchAnswerItem", description = "一个代码的结果。/ The result for one code.")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      @Schema(
              description = "代码在请求中的位置，从 0 起。/ Position of the code in the request, from 0.",
              example = "0")
          int index,
      @Schema(
              description =
                  "代码；身份证号码及无效代码已脱敏。/ The code; identity numbers and invalid codes masked.",
              example = "91620702MA74A0TD98")
          String code,
      @Schema(
              description = "单独查询时的状态码。/ The status a single query would have had.",
              example = "200")
          int status,
      @Schema(description = "状态为 200 时的主体概况。/ The profile, with status 200.")
          SubjectProfile profile,
      @Schema(description = "其他状态时的问题。/ The problem, with any other status.") Problem problem) {}
}
