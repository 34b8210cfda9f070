package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.paging.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the calling agency's own queries, newest first. */
@Schema(
    name = "QueryHistoryPage",
    description = "本机构查询记录的一页，最新在前。/ A page of the caller's own queries, newest first.")
public record QueryHistoryPage(
    List<Entry> items,
    @Schema(description = Page.NEXT, example = QueryExamples.HISTORY_NEXT, nullable = true)
        String next) {

  /** One query, from the audit log. */
  @Schema(name = "QueryHistoryEntry", description = "一次查询。/ One query.")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      @Schema(description = "审计记录编号。/ The audit entry id.", example = "1042") String id,
      @Schema(description = "查询时间。/ When.", example = "2026-11-29T02:15:04.123456Z")
          Instant occurredAt,
      @Schema(description = "操作。/ The operation.", example = "GET /api/v1/subjects/{code}")
          String operation,
      @Schema(
              description =
                  "所查主体：统一社会信用代码，自然人为脱敏的身份证号码（平台不认识的自然人为 18 个星号）。/ The subjects"
                      + " queried: credit codes, masked identity numbers (18 stars for a person"
                      + " unknown to the platform).",
              example = "[\"91620702MA74A0TD98\"]")
          List<String> subjects,
      @Schema(description = "查询目的。/ The stated purpose.", example = "LOAN") String purpose,
      @Schema(description = "授权书编号。/ The consent reference.", example = "AUTH-2026-000123")
          String consentReference,
      @Schema(description = "响应状态码。/ The status of the answer.", example = "200") int status,
      @Schema(
              description = "请求编号。/ The request id.",
              example = "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e")
          String requestId) {}
}
