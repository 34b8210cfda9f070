package cn.gov.zhangye.credit.access.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table "The matrix" of docs/authorization.md: for each operation, what each caller gets. */
final class AuthorizationMatrix {

  static final Path DOCUMENT = Path.of("docs", "authorization.md");

  private static final String HEADING = "## The matrix";

  /** Marks an operation that changes nothing, called with the contract's example body. */
  static final String WITH_EXAMPLE = "†";

  private final Map<String, Map<CallerKind, Expected>> rows;
  private final java.util.Set<String> withExample;

  private AuthorizationMatrix(
      Map<String, Map<CallerKind, Expected>> rows, java.util.Set<String> withExample) {
    this.rows = rows;
    this.withExample = withExample;
  }

  static AuthorizationMatrix read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    int start = lines.indexOf(HEADING);
    if (start < 0) {
      throw new IllegalStateException("no '" + HEADING + "' in " + DOCUMENT);
    }
    List<String> table =
        lines.subList(start + 1, lines.size()).stream()
            .dropWhile(line -> !line.startsWith("|"))
            .takeWhile(line -> line.startsWith("|"))
            .toList();
    List<CallerKind> columns =
        cells(table.get(0)).stream().skip(1).map(CallerKind::ofColumn).toList();
    Map<String, Map<CallerKind, Expected>> rows = new LinkedHashMap<>();
    java.util.Set<String> withExample = new java.util.HashSet<>();
    for (String line : table.subList(2, table.size())) {
      List<String> cells = cells(line);
      Map<CallerKind, Expected> row = new EnumMap<>(CallerKind.class);
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), Expected.parse(cells.get(i + 1)));
      }
      String operation = cells.get(0).replace("`", "");
      if (operation.endsWith(WITH_EXAMPLE)) {
        operation = operation.substring(0, operation.length() - WITH_EXAMPLE.length()).strip();
        withExample.add(operation);
      }
      rows.put(operation, row);
    }
    return new AuthorizationMatrix(rows, withExample);
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.lastIndexOf('|'));
    return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
  }

  java.util.Set<String> operationIds() {
    return rows.keySet();
  }

  boolean calledWithExample(String operationId) {
    return withExample.contains(operationId);
  }

  Map<CallerKind, Expected> row(String operationId) {
    return rows.get(operationId);
  }
}
