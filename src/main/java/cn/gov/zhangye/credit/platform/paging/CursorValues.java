package cn.gov.zhangye.credit.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The values a cursor carries, read back as the types of the listing's sort key. A value that is
 * missing or not of its type makes the cursor {@code invalid-cursor}.
 */
public final class CursorValues {

  private final List<String> values;

  CursorValues(List<String> values) {
    this.values = List.copyOf(values);
  }

  public String text(int index) {
    return read(index, Function.identity());
  }

  public long number(int index) {
    return read(index, Long::parseLong);
  }

  public int integer(int index) {
    return read(index, Integer::parseInt);
  }

  public Instant instant(int index) {
    return read(index, Instant::parse);
  }

  public LocalDate date(int index) {
    return read(index, LocalDate::parse);
  }

  public UUID uuid(int index) {
    return read(index, UUID::fromString);
  }

  List<String> list() {
    return values;
  }

  private <T> T read(int index, Function<String, T> parse) {
    if (index >= values.size()) {
      throw PagingProblems.invalidCursor("malformed");
    }
    try {
      return parse.apply(values.get(index));
    } catch (RuntimeException notOfItsType) {
      throw PagingProblems.invalidCursor("malformed");
    }
  }
}
