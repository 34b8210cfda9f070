package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of clients, in the order of their ids. */
@Schema(name = "ClientPage", description = "一页客户端，按编号排序。/ One page of clients, ordered by id.")
public record ClientPage(
    @Schema(description = "本页的客户端。/ The clients of this page.") List<ClientView> items,
    @Schema(description = Page.NEXT, example = ClientExamples.NEXT, nullable = true) String next) {

  static ClientPage of(Page<RegisteredClient> page) {
    return new ClientPage(page.items().stream().map(ClientView::of).toList(), page.next());
  }
}
