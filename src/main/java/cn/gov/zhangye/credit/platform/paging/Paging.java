package cn.gov.zhangye.credit.platform.paging;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks the paging parameters of a listing against the one page-size rule and the listing's
 * keyset: what every listing of the gateway does before it reads a page.
 */
@ApplicationScoped
public class Paging {

  private final PagingConfig config;

  Paging(PagingConfig config) {
    this.config = config;
  }

  /**
   * The page {@code request} asks for in the listing of {@code keyset} under {@code filters}: the
   * values that select the listing's items (null for a filter not given). A cursor is bound to
   * them, so that a cursor of other filters is refused rather than starting a page at a position in
   * another result. An empty cursor or size, as a form sends a field left blank, counts as none.
   *
   * @throws ProblemException 400 {@code malformed-request} for a bad size; {@code invalid-cursor}
   *     for a cursor that is not one, was altered, or belongs to another listing or other filters
   */
  public <K> RequestedPage<K> request(PageRequest request, Keyset<K> keyset, Object... filters) {
    int size =
        size(request.size).orElseThrow(() -> PagingProblems.badSizeProblem(config.maxSize()));
    byte[] fingerprint = CursorCodec.filters(keyset.listing(), Arrays.asList(filters));
    K after =
        blank(request.cursor)
            ? null
            : keyset.key(
                new CursorValues(
                    CursorCodec.decode(request.cursor, keyset.listing(), fingerprint)));
    return new RequestedPage<>(keyset, fingerprint, size, after);
  }

  /**
   * What is wrong with the size of {@code request}, for a listing that names every malformed
   * parameter in one answer before it asks for its page.
   */
  public Optional<Violation> sizeViolation(PageRequest request) {
    return size(request.size).isPresent()
        ? Optional.empty()
        : Optional.of(PagingProblems.badSize(config.maxSize()));
  }

  /** The size asked for, or the default; empty when it is not a whole number within the rule. */
  private OptionalInt size(String requested) {
    if (blank(requested)) {
      return OptionalInt.of(config.defaultSize());
    }
    try {
      int size = Integer.parseInt(requested);
      if (size >= 1 && size <= config.maxSize()) {
        return OptionalInt.of(size);
      }
    } catch (NumberFormatException notAWholeNumber) {
      // refused as out of the rule
    }
    return OptionalInt.empty();
  }

  private static boolean blank(String parameter) {
    return parameter == null || parameter.isEmpty();
  }
}
