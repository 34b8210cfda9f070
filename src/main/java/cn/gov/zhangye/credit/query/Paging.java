package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Page sizes and opaque cursors of the query listings. */
final class Paging {

  private Paging() {}

  /**
   * The page size asked for, or the default.
   *
   * @throws ProblemException 400 when it is below 1 or over the maximum
   */
  static int size(Integer size, QueryConfig config) {
    int chosen = size == null ? config.defaultPageSize() : size;
    if (chosen < 1 || chosen > config.maxPageSize()) {
      throw malformed("size", "range", new Text("violation.query.size", config.maxPageSize()));
    }
    return chosen;
  }

  /** {@code parts} joined into an opaque cursor. */
  static String cursor(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The {@code count} parts of a cursor made by {@link #cursor}.
   *
   * @throws ProblemException 400 when it is not such a cursor
   */
  static String[] parts(String cursor, int count) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
              .split("\u0000", -1);
      if (parts.length == count) {
        return parts;
      }
    } catch (IllegalArgumentException notBase64) {
      // reported below
    }
    throw malformed("cursor", "format", new Text("violation.query.cursor"));
  }

  static ProblemException malformed(String parameter, String code, Text message) {
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.malformed-request.detail"),
        List.of(new Violation(parameter, code, message)));
  }
}
