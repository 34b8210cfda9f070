package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Reads the values of a record's fields. */
final class FieldValues {

  private FieldValues() {}

  /** The text of field {@code code}; empty if it is absent, not a string, or blank. */
  static Optional<String> text(ObjectNode fieldsByCode, String code) {
    JsonNode value = fieldsByCode.get(code);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
