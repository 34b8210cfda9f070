package cn.gov.zhangye.credit.access.client;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.Listing;
import cn.gov.zhangye.credit.testing.NewClients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The client registry's list, walked page by page over HTTP. */
@QuarkusTest
class ClientPagingTest {

  private static final Listing COUNTIES =
      Listing.of(() -> as(Callers.OPERATOR), ClientAdminResource.PATH, Map.of("kind", "COUNTY"));

  @Test
  void everyClientIsListedOnceInIdOrderAndACursorOutlivesEarlierIds() {
    String prefix = "paging-list-" + UUID.randomUUID();
    List<String> mine = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      NewClients.county(prefix + "-" + i, "620721");
      mine.add(prefix + "-" + i);
    }
    List<Object> ids = ids(COUNTIES.page(1000, null).items());
    assertEquals(ids.stream().map(String.class::cast).sorted().toList(), ids);
    assertTrue(ids.containsAll(mine), ids.toString());
    for (int size : List.of(1, 2, 3, 1000)) {
      assertEquals(ids, ids(COUNTIES.walk(size)), "size " + size);
    }

    Listing.Page first = COUNTIES.page(2, null);
    NewClients.county("a-" + prefix, "620721");
    assertEquals(ids.subList(2, ids.size()), ids(COUNTIES.walkFrom(first.next(), 2)));
  }

  @Test
  void badCursorsAndSizesAreTheOneProblem() {
    String ofAnotherListing =
        Listing.of(() -> as(Callers.OPERATOR), "/api/v1/admin/audit", Map.of())
            .page(1, null)
            .next();
    COUNTIES.refusesBadPages(ofAnotherListing);
    Listing.of(() -> as(Callers.OPERATOR), ClientAdminResource.PATH, Map.of("kind", "AGENCY"))
        .refusesCursor(COUNTIES.page(1, null).next(), "other-filters");
    COUNTIES.refusesRetired("page", 1);
  }

  private static List<Object> ids(List<Map<String, Object>> clients) {
    return clients.stream().map(client -> client.get("id")).toList();
  }
}
