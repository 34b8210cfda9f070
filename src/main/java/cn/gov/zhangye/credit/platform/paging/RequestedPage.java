package cn.gov.zhangye.credit.platform.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page a request asks for, checked: its size and the sort key it starts after (none for the
 * first page). A listing reads {@link #limit()} items after that key, one more than the page holds,
 * and makes the page of them, which says by its {@code next} whether another page follows.
 *
 * @param <K> the listing's sort key
 */
public final class RequestedPage<K> {

  private final Keyset<K> keyset;
  private final byte[] filters;
  private final int size;
  private final K after;

  RequestedPage(Keyset<K> keyset, byte[] filters, int size, K after) {
    this.keyset = keyset;
    this.filters = filters;
    this.size = size;
    this.after = after;
  }

  public int size() {
    return size;
  }

  /** How many items to read: one more than the page holds, to know whether another follows. */
  public int limit() {
    return size + 1;
  }

  /** The sort key of the last item of the previous page; empty for the first page. */
  public Optional<K> after() {
    return Optional.ofNullable(after);
  }

  /**
   * The page of {@code read}, the items after {@link #after()} in the listing's order, at most
   * {@link #limit()} of them.
   */
  public <T> Page<T> of(List<T> read, Function<T, K> keyOf) {
    if (read.size() <= size) {
      return new Page<>(read, null);
    }
    List<T> items = read.subList(0, size);
    return new Page<>(items, cursorAfter(keyOf.apply(items.get(size - 1))));
  }

  /** The cursor of the page that starts after {@code sortKey}, in this listing and its filters. */
  public String cursorAfter(K sortKey) {
    return CursorCodec.encode(keyset.listing(), filters, keyset.values(sortKey));
  }
}
