package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of a CSV body as its header row names them. What a column holds depends on the record
 * type of the row: a Chinese field name may belong to several types, under different codes, so the
 * columns are resolved once per record type of the catalogue.
 */
final class CsvHeader {

  /** What a column holds for the rows of one record type. */
  sealed interface Target {}

  /** A column that is not a field. */
  record Meta(MetaColumn column) implements Target {}

  /**
   * A field column.
   *
   * @param key the field code, or the header as written when it names no field of the type
   */
  record Field(String key, FieldShape shape) implements Target {}

  private final List<String> names;
  private final Target[] unknownTypeTargets;
  private final Map<String, Target[]> targetsByType = new HashMap<>();

  private CsvHeader(List<String> names, CatalogFields fields) {
    this.names = names;
    this.unknownTypeTargets = targets(null, fields);
    fields.recordTypes().forEach(type -> targetsByType.put(type, targets(type, fields)));
  }

  /**
   * The header of the cells of the first row.
   *
   * @throws ProblemException {@link SubmissionFormatProblems#INVALID_CSV_HEADER} listing every
   *     unknown, duplicated and missing column
   */
  static CsvHeader of(List<String> cells, CatalogFields fields) {
    CsvHeader header = new CsvHeader(cells.stream().map(String::strip).toList(), fields);
    List<Violation> violations = new ArrayList<>();
    Set<Integer> unknown = header.unknownColumns(fields, violations);
    header.duplicatedColumns(unknown, violations);
    header.missingColumns(violations);
    if (!violations.isEmpty()) {
      throw new ProblemException(
          SubmissionFormatProblems.INVALID_CSV_HEADER,
          new Text("problem.invalid-csv-header.detail", violations.size()),
          violations);
    }
    return header;
  }

  int size() {
    return names.size();
  }

  /** What the columns hold for a row of record type {@code type}, known to the catalogue or not. */
  Target[] targets(String type) {
    return targetsByType.getOrDefault(type, unknownTypeTargets);
  }

  /** The column holding the record type. */
  int recordTypeColumn() {
    return Arrays.asList(unknownTypeTargets).indexOf(new Meta(MetaColumn.RECORD_TYPE));
  }

  private Target[] targets(String type, CatalogFields fields) {
    return names.stream().map(name -> target(name, type, fields)).toArray(Target[]::new);
  }

  private static Target target(String name, String type, CatalogFields fields) {
    return MetaColumn.byName(name)
        .<Target>map(Meta::new)
        .or(() -> fields.field(type, name).map(field -> new Field(field.code(), field.shape())))
        .or(() -> MetaColumn.byChineseName(name).map(Meta::new))
        .orElseGet(() -> new Field(name, FieldShape.TEXT));
  }

  private Set<Integer> unknownColumns(CatalogFields fields, List<Violation> violations) {
    Set<Integer> unknown = new TreeSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (MetaColumn.byName(name).isEmpty()
          && MetaColumn.byChineseName(name).isEmpty()
          && !fields.knows(name)) {
        unknown.add(i);
        violations.add(
            new Violation(
                pointer(i),
                "unknown-column",
                new Text("violation.format.unknown-column", name, i + 1)));
      }
    }
    return unknown;
  }

  /** Columns that hold the same thing as an earlier one, for rows of some record type. */
  private void duplicatedColumns(Set<Integer> unknown, List<Violation> violations) {
    Set<Integer> duplicated = new TreeSet<>();
    List<Target[]> contexts = new ArrayList<>(targetsByType.values());
    contexts.add(unknownTypeTargets);
    for (Target[] targets : contexts) {
      Map<Target, Integer> first = new HashMap<>();
      for (int i = 0; i < targets.length; i++) {
        Integer earlier = unknown.contains(i) ? null : first.putIfAbsent(targets[i], i);
        if (earlier != null && duplicated.add(i)) {
          violations.add(
              new Violation(
                  pointer(i),
                  "duplicate-column",
                  new Text(
                      "violation.format.duplicate-column",
                      names.get(i),
                      i + 1,
                      names.get(earlier),
                      earlier + 1)));
        }
      }
    }
  }

  private void missingColumns(List<Violation> violations) {
    List<Target> present = Arrays.asList(unknownTypeTargets);
    for (MetaColumn required : List.of(MetaColumn.RECORD_TYPE, MetaColumn.SOURCE_REF)) {
      if (!present.contains(new Meta(required))) {
        violations.add(
            new Violation(
                "/header",
                "missing-column",
                new Text("violation.format.missing-column", required.names())));
      }
    }
  }

  private static String pointer(int column) {
    return "/header/" + column;
  }
}
