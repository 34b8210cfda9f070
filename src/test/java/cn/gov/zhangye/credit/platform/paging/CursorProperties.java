package cn.gov.zhangye.credit.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Any key comes back from its cursor, and any change to a cursor is refused. */
class CursorProperties {

  @Property
  void everyKeyComesBack(
      @ForAll @Size(max = 8) List<@StringLength(max = 200) String> values, @ForAll String filter) {
    byte[] filters = CursorCodec.filters("listing", List.of(filter));
    assertEquals(
        values,
        CursorCodec.decode(CursorCodec.encode("listing", filters, values), "listing", filters));
  }

  @Property
  void everyChangedByteIsRefused(
      @ForAll @Size(max = 8) List<@StringLength(max = 50) String> values,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll @IntRange(min = 1, max = 255) int change) {
    byte[] filters = CursorCodec.filters("listing", List.of());
    byte[] bytes = Base64.getUrlDecoder().decode(CursorCodec.encode("listing", filters, values));
    bytes[position % bytes.length] ^= (byte) change;
    String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ProblemException refused =
        assertThrows(ProblemException.class, () -> CursorCodec.decode(changed, "listing", filters));
    assertEquals(PagingProblems.INVALID_CURSOR, refused.type());
  }
}
