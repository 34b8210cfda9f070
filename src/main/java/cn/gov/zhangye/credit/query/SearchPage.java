package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results. */
@Schema(name = "SubjectSearchPage", description = "搜索结果的一页。/ A page of search results.")
public record SearchPage(
    List<SubjectSummary> items,
    @Schema(description = Page.NEXT, example = QueryExamples.SEARCH_NEXT, nullable = true)
        String next) {

  static SearchPage empty() {
    return new SearchPage(List.of(), null);
  }
}
