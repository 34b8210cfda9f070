package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Messages;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts the schema errors of a record into our words: a pointer in the caller's terms, a stable code
 * and a message naming the field by its Chinese name and code.
 *
 * <p>A message may be refined per rule: an error raised inside {@code $defs/<rule>} of the schema
 * uses the message {@code violation.field.<code>.<rule>} where there is one, so that, for instance,
 * a date's pattern says which date formats are accepted.
 */
final class SchemaViolations {

  private static final String FIELD_MESSAGE = "violation.field.";

  private final RecordType type;
  private final FieldKeys keys;

  SchemaViolations(RecordType type, FieldKeys keys) {
    this.type = type;
    this.keys = keys;
  }

  Violation of(Error error, ResolvedFields fields) {
    return switch (error.getKeyword()) {
      case "required" -> missing(error.getProperty(), error, fields);
      case "dependentRequired" -> missing(error.getArguments()[0].toString(), error, fields);
      case "additionalProperties" -> unknown(error.getProperty());
      case "false", "not" -> atInstance(error, fields, "not-allowed");
      default -> atInstance(error, fields, error.getKeyword());
    };
  }

  private Violation missing(String fieldCode, Error error, ResolvedFields fields) {
    return about(fieldCode, fields.pointerTo(fieldCode), "required", error);
  }

  private Violation unknown(String key) {
    return new Violation(
        ResolvedFields.FIELDS.appendProperty(key).toString(),
        "unknown-field",
        new Text(
            FIELD_MESSAGE + "unknown-field", key, type.name().zh(), type.code(), type.name().en()));
  }

  private Violation atInstance(Error error, ResolvedFields fields, String code) {
    JsonPointer instance = JsonPointer.compile(error.getInstanceLocation().toString());
    if (instance.matches()) {
      return new Violation(
          ResolvedFields.FIELDS.toString(),
          code,
          new Text("violation.record.invalid", type.name().zh(), type.code(), type.name().en()));
    }
    String fieldCode = instance.getMatchingProperty();
    return about(fieldCode, fields.pointerTo(fieldCode).append(instance.tail()), code, error);
  }

  private Violation about(String fieldCode, JsonPointer pointer, String code, Error error) {
    BilingualName name =
        keys.field(fieldCode)
            .map(FieldDefinition::name)
            .orElse(new BilingualName(fieldCode, fieldCode));
    return new Violation(
        pointer.toString(),
        code,
        new Text(
            messageKey(code, error),
            name.zh(),
            fieldCode,
            name.en(),
            limit(error.getSchemaNode())));
  }

  private static String messageKey(String code, Error error) {
    String general = FIELD_MESSAGE + code;
    return Stream.concat(rule(error).map(rule -> general + "." + rule).stream(), Stream.of(general))
        .filter(Messages::has)
        .findFirst()
        .orElse(FIELD_MESSAGE + "invalid");
  }

  /** The {@code $defs} entry the failing keyword sits in, if any. */
  private static Optional<String> rule(Error error) {
    NodePath place = error.getSchemaLocation().getFragment();
    return place.getNameCount() >= 2 && "$defs".equals(place.getName(0))
        ? Optional.of(place.getName(1))
        : Optional.empty();
  }

  /** The value of the failing keyword, as a message shows it: a limit, a type, allowed values. */
  private static String limit(JsonNode keywordValue) {
    if (keywordValue.isArray()) {
      return keywordValue
          .valueStream()
          .map(SchemaViolations::limit)
          .collect(Collectors.joining(" / "));
    }
    return keywordValue.isNumber()
        ? keywordValue.decimalValue().stripTrailingZeros().toPlainString()
        : keywordValue.asText();
  }
}
