package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A record's fields as the {@link FieldCheck}s see them: only the values the schema accepted, so
 * that a value is never reported twice, and violations worded like the schema's.
 */
final class CheckedFields {

  private static final String FIELD_MESSAGE = "violation.field.";

  private final ResolvedFields fields;
  private final FieldKeys keys;
  private final List<Violation> schemaViolations;

  CheckedFields(ResolvedFields fields, FieldKeys keys, List<Violation> schemaViolations) {
    this.fields = fields;
    this.keys = keys;
    this.schemaViolations = schemaViolations;
  }

  /** The text of field {@code code}, unless it is absent, blank or rejected by the schema. */
  Optional<String> text(String code) {
    return accepted(code) ? FieldValues.text(fields.byCode(), code) : Optional.empty();
  }

  /** The date in field {@code code}, unless it is absent, rejected or not a real date. */
  Optional<LocalDate> date(String code) {
    return text(code).flatMap(RecordDates::parse);
  }

  /**
   * A violation at field {@code code}, with the message {@code violation.field.<message>}: its
   * arguments are the field's Chinese name, code and English name, then {@code more}.
   */
  Violation violation(String code, String violationCode, String message, Object... more) {
    Object[] arguments = Stream.concat(nameOf(code).stream(), Stream.of(more)).toArray();
    return new Violation(
        fields.pointerTo(code).toString(),
        violationCode,
        new Text(FIELD_MESSAGE + message, arguments));
  }

  /** The Chinese name, code and English name of field {@code code}, as messages show a field. */
  List<Object> nameOf(String code) {
    BilingualName name =
        keys.field(code).map(FieldDefinition::name).orElse(new BilingualName(code, code));
    return List.of(name.zh(), code, name.en());
  }

  private boolean accepted(String code) {
    String pointer = fields.pointerTo(code).toString();
    return schemaViolations.stream()
        .map(Violation::pointer)
        .noneMatch(at -> at.equals(pointer) || at.startsWith(pointer + "/"));
  }
}
