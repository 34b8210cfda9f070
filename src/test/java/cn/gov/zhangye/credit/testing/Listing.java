package cn.gov.zhangye.credit.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gov.zhangye.credit.platform.paging.PagingConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A listing of the gateway as one caller sees it over HTTP, under fixed filters: read a page, walk
 * all pages, and check the answers every listing gives to a bad cursor or size.
 */
public final class Listing {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";
  private static final int MOST_PAGES = 1000;

  private final Supplier<RequestSpecification> caller;
  private final String path;
  private final Map<String, Object> filters;

  private Listing(Supplier<RequestSpecification> caller, String path, Map<String, ?> filters) {
    this.caller = caller;
    this.path = path;
    this.filters = new LinkedHashMap<>(filters);
  }

  public static Listing of(
      Supplier<RequestSpecification> caller, String path, Map<String, ?> filters) {
    return new Listing(caller, path, filters);
  }

  /** One page as read; its items as JSON objects. */
  public record Page(List<Map<String, Object>> items, String next) {

    /** The member {@code name} of every item. */
    public List<Object> each(String name) {
      return items.stream().map(item -> item.get(name)).toList();
    }
  }

  /** The answer to a request for the page of {@code size} after {@code cursor} (null for none). */
  public ValidatableResponse request(Object size, String cursor) {
    RequestSpecification request = caller.get().queryParams(filters);
    if (size != null) {
      request.queryParam("size", size);
    }
    if (cursor != null) {
      request.queryParam("cursor", cursor);
    }
    return request.get(path).then();
  }

  public Page page(int size, String cursor) {
    JsonPath page = request(size, cursor).statusCode(200).extract().jsonPath();
    return new Page(page.getList("items"), page.getString("next"));
  }

  /** Every item from the first page on, read {@code size} at a time, no page holding more. */
  public List<Map<String, Object>> walk(int size) {
    return walkFrom(null, size);
  }

  /** Every item after {@code cursor}, read {@code size} at a time, no page holding more. */
  public List<Map<String, Object>> walkFrom(String cursor, int size) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Page page : pagesFrom(cursor, size)) {
      assertTrue(page.items().size() <= size, path + " answered a page over its size " + size);
      items.addAll(page.items());
    }
    return items;
  }

  /**
   * The pages after {@code cursor}, read {@code size} at a time; fails when a cursor comes twice or
   * the pages do not end.
   */
  public List<Page> pagesFrom(String cursor, int size) {
    List<Page> pages = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String next = cursor;
    while (pages.size() < MOST_PAGES) {
      Page page = page(size, next);
      pages.add(page);
      if (page.next() == null) {
        return pages;
      }
      assertTrue(cursors.add(page.next()), "the cursor " + page.next() + " came twice");
      next = page.next();
    }
    return fail(path + " did not end within " + MOST_PAGES + " pages");
  }

  /**
   * Checks that this listing refuses, with the one problem naming the parameter: a cursor of
   * another listing, its own cursor altered, a text that is no cursor, and sizes out of the rule.
   * The listing must hold at least two items.
   */
  public void refusesBadPages(String cursorOfAnotherListing) {
    String own = page(1, null).next();
    assertNotNull(own, path + " needs two items to show its cursor");
    refusesCursor(cursorOfAnotherListing, "other-listing");
    refusesCursor(altered(own), "altered");
    refusesCursor(own.substring(0, own.length() / 2 / 4 * 4), "altered");
    refusesCursor("not-a-cursor", "malformed");
    for (Object size : List.of(0, PagingConfig.DEFAULT_MAX_SIZE + 1, -1, "ten")) {
      refused(request(size, null), "malformed-request", "size", "range");
    }
  }

  /**
   * Checks that {@code cursor} is refused with the one problem of a bad cursor, for {@code code}.
   */
  public void refusesCursor(String cursor, String code) {
    refused(request(null, cursor), "invalid-cursor", "cursor", code);
  }

  /** Checks that a parameter of the paging of the previous release is refused by name. */
  public void refusesRetired(String parameter, Object value) {
    refused(
        caller.get().queryParams(filters).queryParam(parameter, value).get(path).then(),
        "invalid-cursor",
        parameter,
        "retired");
  }

  private static void refused(
      ValidatableResponse answer, String type, String parameter, String code) {
    answer
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEMS + type))
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo(parameter))
        .body("errors[0].code", equalTo(code));
  }

  /** {@code cursor} with one character in its middle replaced by another base64url character. */
  public static String altered(String cursor) {
    int middle = cursor.length() / 2;
    char replacement = cursor.charAt(middle) == 'A' ? 'B' : 'A';
    return cursor.substring(0, middle) + replacement + cursor.substring(middle + 1);
  }
}
