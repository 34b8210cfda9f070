package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.query.QueryFixtures.uniqueWord;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.Listing;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A subject's records, the search and the query history, walked page by page over HTTP. */
@QuarkusTest
class QueryPagingTest {

  private static final List<Integer> SIZES = List.of(1, 2, 4, 5, 1000);

  @Test
  void everyRecordIsListedOnceNewestDecisionFirstAndACursorOutlivesNewerOnes() {
    String company = TestRecords.newEnterprise("620702");
    List<String> sourceRefs = new ArrayList<>();
    for (int daysAgo = 10; daysAgo < 15; daysAgo++) {
      sourceRefs.add(submitLicence(company, daysAgo));
    }
    Listing records = records(company);
    for (int size : SIZES) {
      assertEquals(sourceRefs, wsh(records.walk(size)), "size " + size);
    }

    Listing.Page first = records.page(2, null);
    submitLicence(company, 1);
    assertEquals(sourceRefs.subList(2, 5), wsh(records.walkFrom(first.next(), 2)));
  }

  @Test
  void everyFoundOrganisationIsListedOnceInNameOrderAndACursorOutlivesEarlierNames() {
    String word = uniqueWord();
    List<String> inNameOrder = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      inNameOrder.add(submitOrganisation(word + i + "分页公司"));
    }
    Listing search = search(word);
    for (int size : SIZES) {
      assertEquals(inNameOrder, codes(search.walk(size)), "size " + size);
    }

    Listing.Page first = search.page(2, null);
    submitOrganisation(word + "0分页公司");
    assertEquals(inNameOrder.subList(2, 5), codes(search.walkFrom(first.next(), 2)));
  }

  @Test
  void everyQueryOfTheHistoryIsListedOnceNewestFirstAndACursorOutlivesNewerOnes() {
    String company = TestRecords.newEnterprise("620702");
    submitLicence(company, 3);
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newestFirst.add(0, queryProfile(company));
    }
    Listing history = history(company);
    for (int size : SIZES) {
      assertEquals(newestFirst, requestIds(history.walk(size)), "size " + size);
    }

    Listing.Page first = history.page(2, null);
    queryProfile(company);
    assertEquals(newestFirst.subList(2, 5), requestIds(history.walkFrom(first.next(), 2)));
  }

  @Test
  void badCursorsAndSizesAreTheOneProblem() {
    String word = uniqueWord();
    String name = word + "甲分页公司";
    String company = submitOrganisation(name);
    String other = submitOrganisation(word + "乙分页公司");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("qp"), company, name));
    queryProfile(company);
    queryProfile(company);
    Listing records = records(company);
    Listing search = search(word);
    Listing history = history(company);
    String recordsCursor = records.page(1, null).next();
    String searchCursor = search.page(1, null).next();
    String historyCursor = history.page(1, null).next();

    records.refusesBadPages(searchCursor);
    search.refusesBadPages(historyCursor);
    history.refusesBadPages(recordsCursor);
    records(other).refusesCursor(recordsCursor, "other-filters");
    search(word + "甲").refusesCursor(searchCursor, "other-filters");
  }

  private static Listing records(String company) {
    return Listing.of(
        () -> as(AGENCY),
        "/api/v1/subjects/" + company + "/records",
        Map.of("type", "ADMIN_LICENCE"));
  }

  private static Listing search(String q) {
    return Listing.of(() -> as(AGENCY), "/api/v1/subjects", Map.of("q", q));
  }

  private static Listing history(String company) {
    return Listing.of(() -> as(AGENCY), "/api/v1/queries", Map.of("subject", company));
  }

  /** Submits a licence of {@code company} decided {@code daysAgo}; answers its document number. */
  private static String submitLicence(String company, int daysAgo) {
    ObjectNode licence = TestRecords.licence(TestRecords.sourceRef("qp"), company, "甘州分页公司");
    String decided = LocalDate.now().minusDays(daysAgo).toString();
    TestRecords.fields(licence).put("XK_JDRQ", decided).put("XK_YXQZ", decided);
    submit(DEPARTMENT, licence);
    return TestRecords.fields(licence).get("XK_WSH").asText();
  }

  /** Submits a licence of a new organisation named {@code name}; answers its code. */
  private static String submitOrganisation(String name) {
    String code = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("qp"), code, name));
    return code;
  }

  /** Reads the profile of {@code company}; answers the request id. */
  private static String queryProfile(String company) {
    String requestId = "paging-" + UUID.randomUUID();
    as(AGENCY)
        .header("X-Request-Id", requestId)
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200);
    return requestId;
  }

  private static List<Object> wsh(List<Map<String, Object>> records) {
    return records.stream()
        .<Object>map(record -> ((Map<?, ?>) record.get("fields")).get("XK_WSH"))
        .toList();
  }

  private static List<Object> codes(List<Map<String, Object>> found) {
    return found.stream().map(subject -> subject.get("code")).toList();
  }

  private static List<Object> requestIds(List<Map<String, Object>> queries) {
    return queries.stream().map(query -> query.get("requestId")).toList();
  }
}
