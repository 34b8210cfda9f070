package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which clients to list: of one kind, in one status, and which page. */
record ClientListQuery(
    Optional<ClientKind> kind, Optional<ClientStatus> status, int page, int size) {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  // The offset page × size must stay an int.
  static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  /**
   * The query of the list operation's parameters, each possibly absent.
   *
   * @throws ProblemException a {@code malformed-request} naming each parameter that is wrong
   */
  static ClientListQuery parse(String kind, String status, String page, String size) {
    List<Violation> violations = new ArrayList<>();
    ClientListQuery query =
        new ClientListQuery(
            choice("kind", kind, ClientKind.class, violations),
            choice("status", status, ClientStatus.class, violations),
            number("page", page, 0, MAX_PAGE, 0, violations),
            number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, violations));
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, new Text("problem.malformed-request.detail"), violations);
    }
    return query;
  }

  private static <E extends Enum<E>> Optional<E> choice(
      String name, String value, Class<E> type, List<Violation> violations) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException unknown) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" / "));
      violations.add(
          new Violation(
              name, "enum", new Text("violation.client.query-enum", name, value, allowed)));
      return Optional.empty();
    }
  }

  private static int number(
      String name, String value, int min, int max, int absent, List<Violation> violations) {
    if (value == null) {
      return absent;
    }
    String code;
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
      code = number < min ? "minimum" : "maximum";
    } catch (NumberFormatException notANumber) {
      code = "type";
    }
    violations.add(
        new Violation(name, code, new Text("violation.client.query-range", name, min, max)));
    return absent;
  }
}
