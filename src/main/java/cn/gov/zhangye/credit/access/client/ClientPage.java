package cn.gov.zhangye.credit.access.client;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of clients, in the order of their ids. */
@Schema(name = "ClientPage", description = "一页客户端，按编号排序。/ One page of clients, ordered by id.")
public record ClientPage(
    @Schema(description = "本页的客户端。/ The clients of this page.") List<ClientView> items,
    @Schema(description = "页码，从 0 开始。/ Page number, from 0.", example = "0") int page,
    @Schema(description = "每页条数。/ Page size.", example = "20") int size,
    @Schema(description = "符合条件的客户端总数。/ How many clients match in all.", example = "9")
        long totalItems,
    @Schema(description = "总页数。/ Number of pages.", example = "1") long totalPages) {

  static ClientPage of(List<RegisteredClient> clients, ClientListQuery query, long totalItems) {
    return new ClientPage(
        clients.stream().map(ClientView::of).toList(),
        query.page(),
        query.size(),
        totalItems,
        (totalItems + query.size() - 1) / query.size());
  }
}
