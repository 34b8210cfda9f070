package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.access.ApiSecurity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.ratelimit.RateLimited;
import cn.gov.zhangye.credit.platform.problem.Problem;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics of submissions for the credit office. */
@Path("/api/v1/stats/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "submission")
public class SubmissionStatsResource {

  private final SubmissionStats stats;
  private final Clock clock;

  @Inject
  SubmissionStatsResource(SubmissionStats stats, Clock clock) {
    this.stats = stats;
    this.clock = clock;
  }

  @GET
  @RolesAllowed(Scopes.STATS_READ)
  @SecurityRequirement(name = ApiSecurity.OAUTH2, scopes = Scopes.STATS_READ)
  // An aggregation over up to a year of submissions, not a lookup.
  @RateLimited(cost = 10)
  @Operation(
      operationId = "getSubmissionStatistics",
      summary = "报送统计 / Submission statistics",
      description =
          "信用办按报送单位（source）、记录类型（recordType）或区划（region）统计一段时间内的报送：已接收的记录版本（新增、更正分列），"
              + "被拒绝的记录，错误率 = 拒绝 / (接收 + 拒绝)，以及报送时效（决定之后到报送当日的工作日数）的平均数、中位数和在时限 limit"
              + " 以内的比例。区间按中国时间的整日计，含首尾两日，默认最近 30 天，最长 366 天。被拒绝的记录未入库、没有区划：按 region"
              + " 分组时全部计入 unattributed。合计按全部记录计算。/ For the credit office: the submissions of a"
              + " period by submitting client (source), record type (recordType) or division"
              + " (region): accepted record versions (new and corrected counted apart), rejected"
              + " records, the error rate = rejected / (accepted + rejected), and timeliness (working"
              + " days after the decision up to the day of submission): average, median and the"
              + " share within the limit. The period is whole days in China time, both ends"
              + " included, by default the last 30 days, at most 366. Rejected records are not"
              + " stored and have no division: by region they are all in unattributed. The totals"
              + " are computed over all records.")
  @APIResponse(
      responseCode = "200",
      description = "统计结果。/ The statistics.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionStatistics.class),
              examples = {
                @ExampleObject(name = "by-source", value = StatsExamples.BY_SOURCE),
                @ExampleObject(name = "by-region", value = StatsExamples.BY_REGION)
              }))
  @APIResponse(
      responseCode = "400",
      description =
          "by 缺失或无效，日期格式错误，from 晚于 to，或区间超过 366 天。/ by missing or unknown, a malformed"
              + " date, from after to, or a period over 366 days.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "from-after-to", value = StatsExamples.FROM_AFTER_TO),
                @ExampleObject(name = "too-long", value = StatsExamples.TOO_LONG)
              }))
  public Uni<SubmissionStatistics> submissionStatistics(
      @Parameter(
              description = "分组方式（必填）。/ The grouping (required).",
              required = true,
              example = "source",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"source", "recordType", "region"}))
          @QueryParam("by")
          String by,
      @Parameter(
              description =
                  "起始日（含，中国时间），默认 to 之前 29 天。/ First day (included, China time); by default 29 days before to.",
              example = "2026-03-01",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "截止日（含，中国时间），默认今天。/ Last day (included, China time); today by default.",
              example = "2026-03-31",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    return stats.of(StatsRequest.of(by, from, to, ChinaTime.today(clock)));
  }
}
