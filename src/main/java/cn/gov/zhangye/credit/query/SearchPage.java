package cn.gov.zhangye.credit.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results. */
@Schema(name = "SubjectSearchPage", description = "搜索结果的一页。/ A page of search results.")
public record SearchPage(
    List<SubjectSummary> items,
    @Schema(
            description =
                "下一页游标，作为 cursor 传回；末页为 null。/ Pass as cursor for the next page; null on the last.",
            example = "5byg5o6W5biC55SY5bee5Yy656S65L6L5ZWG6LS45pyJ6ZmQ5YWs5Y-4ADEwNDgy")
        String next) {

  static SearchPage empty() {
    return new SearchPage(List.of(), null);
  }
}
