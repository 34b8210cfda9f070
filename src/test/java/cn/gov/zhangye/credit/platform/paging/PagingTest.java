package cn.gov.zhangye.credit.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The one page-size rule, and pages made of one more item than they show. */
class PagingTest {

  private static final Keyset<Long> NUMBERS = Keyset.ofNumber("numbers");

  private final Paging paging =
      new Paging(
          new PagingConfig() {
            @Override
            public int defaultSize() {
              return 20;
            }

            @Override
            public int maxSize() {
              return 1000;
            }
          });

  @Test
  void aSizeIsAWholeNumberFromOneToTheMaximumAndTheDefaultWhenLeftOut() {
    assertEquals(20, paging.request(request(null, null), NUMBERS).size());
    assertEquals(1, paging.request(request(null, "1"), NUMBERS).size());
    assertEquals(1000, paging.request(request(null, "1000"), NUMBERS).size());
    for (String bad : List.of("0", "-1", "1001", "ten", " ", "1.5", "99999999999")) {
      assertTrue(paging.sizeViolation(request(null, bad)).isPresent(), bad);
      ProblemException refused =
          assertThrows(ProblemException.class, () -> paging.request(request(null, bad), NUMBERS));
      assertEquals(ProblemType.MALFORMED_REQUEST, refused.type());
      assertEquals("size", refused.violations().get(0).pointer());
      assertEquals("range", refused.violations().get(0).code());
    }
    assertEquals(Optional.empty(), paging.sizeViolation(request(null, null)));
    assertEquals(20, paging.request(request(null, ""), NUMBERS).size());
  }

  @Test
  void aPageShowsItsSizeAndPointsAfterItsLastItem() {
    RequestedPage<Long> first = paging.request(request(null, "3"), NUMBERS, "filter");
    assertEquals(4, first.limit());
    assertEquals(Optional.empty(), first.after());
    assertEquals(Optional.empty(), paging.request(request("", "3"), NUMBERS).after());

    Page<Long> page = first.of(numbers(1, 4), number -> number);
    assertEquals(List.of(1L, 2L, 3L), page.items());
    RequestedPage<Long> second = paging.request(request(page.next(), "3"), NUMBERS, "filter");
    assertEquals(Optional.of(3L), second.after());

    Page<Long> last = second.of(numbers(4, 6), number -> number);
    assertEquals(List.of(4L, 5L, 6L), last.items());
    assertNull(last.next());
  }

  @Test
  void aCursorServesOnlyItsListingAndFilters() {
    String next =
        paging.request(request(null, "1"), NUMBERS, "filter").of(numbers(1, 2), n -> n).next();
    assertEquals(
        "other-filters",
        code(() -> paging.request(request(next, null), NUMBERS, "another filter")));
    assertEquals(
        "other-listing",
        code(() -> paging.request(request(next, null), Keyset.ofNumber("letters"), "filter")));
  }

  private static PageRequest request(String cursor, String size) {
    return PageRequest.of(cursor, size);
  }

  private static List<Long> numbers(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  private static String code(Runnable requesting) {
    ProblemException refused = assertThrows(ProblemException.class, requesting::run);
    assertEquals(PagingProblems.INVALID_CURSOR, refused.type());
    return refused.violations().get(0).code();
  }
}
