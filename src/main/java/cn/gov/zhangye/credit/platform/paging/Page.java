package cn.gov.zhangye.credit.platform.paging;

import java.util.List;

/**
 * One page of a listing: its items and the cursor of the page after it.
 *
 * @param next the cursor of the next page; null on the last
 */
public record Page<T>(List<T> items, String next) {

  /** What every listing says of its {@code next}. */
  public static final String NEXT =
      "下一页的游标：原样作为 cursor 传回；末页为 null。/ The cursor of the next page: pass it back as"
          + " cursor, as it is; null on the last page.";

  public Page {
    items = List.copyOf(items);
  }
}
