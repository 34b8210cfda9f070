package cn.gov.zhangye.credit.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * How one listing's sort key, the key of the last item of a page, is written into a cursor and read
 * back: the listing's name, which a cursor carries so that no other listing takes it, and the key
 * as plain values (the sort columns, then the id that breaks ties).
 *
 * @param <K> the sort key
 */
public final class Keyset<K> {

  private final String listing;
  private final Function<K, List<String>> values;
  private final Function<CursorValues, K> key;

  private Keyset(String listing, Function<K, List<String>> values, Function<CursorValues, K> key) {
    this.listing = listing;
    this.values = values;
    this.key = key;
  }

  /**
   * @param values the key as text, each value in its canonical form
   * @param key the key of those values, read with the accessors of {@link CursorValues}
   */
  public static <K> Keyset<K> of(
      String listing, Function<K, List<String>> values, Function<CursorValues, K> key) {
    return new Keyset<>(listing, values, key);
  }

  /** The keyset of a listing ordered by one number alone, such as a row id. */
  public static Keyset<Long> ofNumber(String listing) {
    return of(listing, number -> List.of(Long.toString(number)), values -> values.number(0));
  }

  String listing() {
    return listing;
  }

  List<String> values(K sortKey) {
    return values.apply(sortKey);
  }

  /**
   * The key of {@code read}, only if writing it gives back the same values: a value in another
   * spelling than the gateway's, or one too many, is not a cursor the gateway issued.
   */
  K key(CursorValues read) {
    K sortKey = key.apply(read);
    if (!values(sortKey).equals(read.list())) {
      throw PagingProblems.invalidCursor("malformed");
    }
    return sortKey;
  }
}
