package cn.gov.zhangye.credit.submission;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Listing;
import cn.gov.zhangye.credit.testing.NewClients;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A client's submissions and a submission's errors, walked page by page over HTTP. */
@QuarkusTest
class SubmissionPagingTest {

  private static final String DIVISION = "620721";

  @Test
  void everySubmissionIsListedOnceNewestFirstAndACursorOutlivesNewerOnes() {
    Supplier<RequestSpecification> county = newCounty();
    List<Object> newestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newestFirst.add(0, submit(county, licence()));
    }
    Listing submissions = Listing.of(county, SubmissionLinks.PATH, Map.of());
    for (int size : List.of(1, 2, 4, 5, 1000)) {
      assertEquals(newestFirst, ids(submissions.walk(size)), "size " + size);
    }

    Listing.Page first = submissions.page(2, null);
    assertEquals(newestFirst.subList(0, 2), first.each("id"));
    Object newer = submit(county, licence());
    assertEquals(newestFirst.subList(2, 5), ids(submissions.walkFrom(first.next(), 2)));
    assertEquals(List.of(newer), submissions.page(1, null).each("id"));
  }

  @Test
  void aPageOfErrorsHoldsWholeRecordsAndABigRecordFillsAPageAlone() {
    Supplier<RequestSpecification> county = newCounty();
    Object id =
        submit(
            county, licence(), future(), incomplete(), future(), licence(), incomplete(), future());
    Listing errors = Listing.of(county, SubmissionLinks.PATH + "/" + id + "/errors", Map.of());
    List<Map<String, Object>> all = errors.page(1000, null).items();
    assertEquals(List.of(1, 2, 3, 5, 6), all.stream().map(e -> e.get("index")).distinct().toList());
    assertTrue(all.stream().filter(e -> e.get("index").equals(2)).count() > 2, all.toString());

    for (int size : List.of(1, 2, 3, 4, 7)) {
      List<Listing.Page> pages = errors.pagesFrom(null, size);
      assertEquals(all, pages.stream().flatMap(page -> page.items().stream()).toList());
      Set<Object> seen = new HashSet<>();
      for (Listing.Page page : pages) {
        List<Object> records = page.each("index").stream().distinct().toList();
        assertFalse(records.isEmpty(), "an empty page at size " + size);
        assertTrue(
            page.items().size() <= size || records.size() == 1,
            "size " + size + ": a page over its size holds more than one record: " + records);
        for (Object record : records) {
          assertTrue(seen.add(record), "size " + size + ": record " + record + " split");
        }
      }
    }
  }

  @Test
  void badCursorsAndSizesAreTheOneProblem() {
    Supplier<RequestSpecification> county = newCounty();
    submit(county, licence());
    Object first = submit(county, future(), future(), incomplete());
    Object second = submit(county, future(), future());
    Listing submissions = Listing.of(county, SubmissionLinks.PATH, Map.of());
    Listing errors = errorsOf(county, first);
    String submissionsCursor = submissions.page(1, null).next();
    String errorsCursor = errors.page(1, null).next();

    submissions.refusesBadPages(errorsCursor);
    errors.refusesBadPages(submissionsCursor);
    errorsOf(county, second).refusesCursor(errorsCursor, "other-filters");
  }

  @Test
  void theParametersOfTheOldPagingAreRefusedByName() {
    Supplier<RequestSpecification> county = newCounty();
    Object id = submit(county, future());
    Listing.of(county, SubmissionLinks.PATH, Map.of())
        .refusesRetired("before", UUID.randomUUID().toString());
    errorsOf(county, id).refusesRetired("from", 0);
    county
        .get()
        .header("Accept-Language", "en")
        .queryParam("from", 0)
        .get(SubmissionLinks.PATH + "/" + id + "/errors")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("The parameter from is retired: use cursor instead."));
  }

  private static Supplier<RequestSpecification> newCounty() {
    return NewClients.county("paging-" + UUID.randomUUID(), DIVISION);
  }

  private static Listing errorsOf(Supplier<RequestSpecification> county, Object submission) {
    return Listing.of(county, SubmissionLinks.PATH + "/" + submission + "/errors", Map.of());
  }

  private static Object submit(Supplier<RequestSpecification> county, ObjectNode... records) {
    return county
        .get()
        .contentType("application/x-ndjson; charset=UTF-8")
        .body(TestRecords.ndjson(List.of(records)).getBytes(StandardCharsets.UTF_8))
        .post(SubmissionLinks.PATH)
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  private static ObjectNode licence() {
    return TestRecords.licence(
        TestRecords.sourceRef("paging"), TestRecords.newEnterprise(DIVISION), "临泽县分页测试公司");
  }

  /** A licence decided in the future: one error. */
  private static ObjectNode future() {
    ObjectNode record = licence();
    TestRecords.fields(record).put("XK_JDRQ", LocalDate.now().plusDays(30).toString());
    return record;
  }

  /** A licence missing several required fields: an error for each. */
  private static ObjectNode incomplete() {
    ObjectNode record = licence();
    Stream.of("XK_XKWS", "XK_WSH", "XK_XKLB", "XK_NR").forEach(TestRecords.fields(record)::remove);
    return record;
  }

  private static List<Object> ids(List<Map<String, Object>> items) {
    return items.stream().map(item -> item.get("id")).toList();
  }
}
