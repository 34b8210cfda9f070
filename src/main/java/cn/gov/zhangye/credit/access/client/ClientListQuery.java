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

/** Which clients to list: of one kind, in one status. */
record ClientListQuery(Optional<ClientKind> kind, Optional<ClientStatus> status) {

  /**
   * The query of the list operation's parameters, each possibly absent.
   *
   * @param pageSize what is wrong with the page size, named with the filters' faults
   * @throws ProblemException a {@code malformed-request} naming each parameter that is wrong
   */
  static ClientListQuery parse(String kind, String status, Optional<Violation> pageSize) {
    List<Violation> violations = new ArrayList<>();
    ClientListQuery query =
        new ClientListQuery(
            choice("kind", kind, ClientKind.class, violations),
            choice("status", status, ClientStatus.class, violations));
    pageSize.ifPresent(violations::add);
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
}
