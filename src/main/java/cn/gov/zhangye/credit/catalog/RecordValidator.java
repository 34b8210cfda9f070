package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates records against their record type: the subject kind against the type's subject kinds,
 * the fields against the type's JSON Schema, then by the {@link FieldCheck}s the schema cannot
 * express (real dates, dates in order, check characters of codes and ID numbers). Fields may be
 * keyed by code or by Chinese name; violations point at {@code /fields/<the key the caller used>}.
 */
@ApplicationScoped
public class RecordValidator {

  private final Map<String, Rules> rulesByType;

  @Inject
  public RecordValidator(Catalog catalog, SubjectCodes codes) {
    rulesByType =
        catalog.recordTypes().stream()
            .collect(Collectors.toMap(RecordType::code, type -> Rules.of(type, codes)));
  }

  /**
   * The violations of a record of {@code type} about a subject of {@code subjectKind}; empty when
   * the record is valid.
   *
   * @throws IllegalArgumentException if {@code type} is not a record type of the catalogue
   */
  public List<Violation> validate(RecordType type, SubjectKind subjectKind, ObjectNode fields) {
    Rules rules = rulesOf(type);
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
    List<Violation> schemaViolations =
        rules.schema().validate(resolved.byCode()).stream()
            .map(error -> rules.violations().of(error, resolved))
            .toList();
    violations.addAll(schemaViolations);
    CheckedFields checked = new CheckedFields(resolved, rules.keys(), schemaViolations);
    rules.checks().stream()
        .map(check -> check.check(checked))
        .flatMap(Optional::stream)
        .forEach(violations::add);
    return violations;
  }

  /**
   * A record's fields keyed by code, as validation reads them: a Chinese name is replaced by its
   * field's code, any other key kept; a field given twice keeps its first value. Read the {@link
   * FieldRoles} of the type from this.
   *
   * @throws IllegalArgumentException if {@code type} is not a record type of the catalogue
   */
  public ObjectNode fieldsByCode(RecordType type, ObjectNode fields) {
    return rulesOf(type).keys().resolve(fields).byCode();
  }

  private Rules rulesOf(RecordType type) {
    Rules rules = rulesByType.get(type.code());
    if (rules == null) {
      throw new IllegalArgumentException(type.code() + " is not a record type of the catalogue");
    }
    return rules;
  }

  /** What validating records of one type takes, prepared once. */
  private record Rules(
      Schema schema, FieldKeys keys, SchemaViolations violations, List<FieldCheck> checks) {

    static Rules of(RecordType type, SubjectCodes codes) {
      FieldKeys keys = new FieldKeys(type);
      return new Rules(
          RecordSchemas.compile(type.schema()),
          keys,
          new SchemaViolations(type, keys),
          FieldChecks.of(type, codes));
    }
  }
}
