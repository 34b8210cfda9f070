package cn.gov.zhangye.credit.access.audit;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.ControlledClock;
import cn.gov.zhangye.credit.testing.Listing;
import cn.gov.zhangye.credit.testing.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client's own audit entries and the operators' view of them, walked page by page over HTTP. */
@QuarkusTest
class AuditPagingTest {

  private static final String AGENCY = "demo-agency";

  @Inject ControlledClock clock;

  @Test
  void everyEntryIsListedOnceNewestFirstInBothListingsAndACursorOutlivesNewerOnes() {
    Map<String, String> since =
        Map.of("kind", "READ", "from", clock.instant().minusMillis(1).toString());
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newestFirst.add(0, auditedRead());
    }
    Listing own = Listing.of(() -> as(AGENCY), "/api/v1/audit/mine", since);
    Listing all = operators(since);
    for (int size : List.of(1, 2, 4, 5, 1000)) {
      assertEquals(newestFirst, requestIds(own.walk(size)), "own, size " + size);
      assertEquals(newestFirst, requestIds(all.walk(size)), "all, size " + size);
    }

    Listing.Page first = own.page(2, null);
    Listing.Page firstOfAll = all.page(2, null);
    auditedRead();
    assertEquals(newestFirst.subList(2, 5), requestIds(own.walkFrom(first.next(), 2)));
    assertEquals(newestFirst.subList(2, 5), requestIds(all.walkFrom(firstOfAll.next(), 2)));
  }

  @Test
  void badCursorsAndSizesAreTheOneProblem() {
    Map<String, String> since =
        Map.of("kind", "READ", "from", clock.instant().minusMillis(1).toString());
    auditedRead();
    auditedRead();
    Listing own = Listing.of(() -> as(AGENCY), "/api/v1/audit/mine", since);
    Listing all = operators(since);

    own.refusesBadPages(all.page(1, null).next());
    all.refusesBadPages(own.page(1, null).next());
    operators(Map.of("clientId", "demo-office"))
        .refusesCursor(all.page(1, null).next(), "other-filters");
  }

  private static Listing operators(Map<String, String> filters) {
    Map<String, String> ofTheAgency = new java.util.HashMap<>(filters);
    ofTheAgency.putIfAbsent("clientId", AGENCY);
    return Listing.of(() -> as(Callers.OPERATOR), "/api/v1/admin/audit", ofTheAgency);
  }

  /** A query of an unknown organisation, which the log keeps as READ; answers its request id. */
  private static String auditedRead() {
    String requestId = "paging-" + UUID.randomUUID();
    as(AGENCY)
        .header("X-Request-Id", requestId)
        .get("/api/v1/subjects/" + TestCodes.enterprise("620702", 990001))
        .then()
        .statusCode(404);
    return requestId;
  }

  private static List<Object> requestIds(List<Map<String, Object>> entries) {
    return entries.stream().map(entry -> entry.get("requestId")).toList();
  }
}
