package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates records against their record type: the subject kind against the type's subject kinds,
 * and the fields against the type's JSON Schema. Fields may be keyed by code or by Chinese name;
 * violations point at {@code /fields/<the key the caller used>}.
 */
@ApplicationScoped
public class RecordValidator {

  private final Map<String, Rules> rulesByType;

  @Inject
  public RecordValidator(Catalog catalog) {
    rulesByType =
        catalog.recordTypes().stream().collect(Collectors.toMap(RecordType::code, Rules::of));
  }

  /**
   * The violations of a record of {@code type} about a subject of {@code subjectKind}; empty when
   * the record is valid.
   *
   * @throws IllegalArgumentException if {@code type} is not a record type of the catalogue
   */
  public List<Violation> validate(RecordType type, SubjectKind subjectKind, ObjectNode fields) {
    Rules rules = rulesByType.get(type.code());
    if (rules == null) {
      throw new IllegalArgumentException(type.code() + " is not a record type of the catalogue");
    }
    List<Violation> violations = new ArrayList<>();
    if (!type.appliesTo(subjectKind)) {
      violations.add(
          new Violation(
              "/subjectKind",
              "subject-kind",
              new Text(
                  "violation.subject-kind",
                  type.name().zh(),
                  type.code(),
                  type.name().en(),
                  subjectKind)));
    }
    ResolvedFields resolved = rules.keys().resolve(fields);
    violations.addAll(resolved.duplicates());
    rules.schema().validate(resolved.byCode()).stream()
        .map(error -> rules.violations().of(error, resolved))
        .forEach(violations::add);
    return violations;
  }

  /** What validating records of one type takes, prepared once. */
  private record Rules(Schema schema, FieldKeys keys, SchemaViolations violations) {

    static Rules of(RecordType type) {
      FieldKeys keys = new FieldKeys(type);
      return new Rules(
          RecordSchemas.compile(type.schema()), keys, new SchemaViolations(type, keys));
    }
  }
}
