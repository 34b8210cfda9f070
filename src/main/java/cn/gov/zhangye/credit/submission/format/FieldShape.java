package cn.gov.zhangye.credit.submission.format;

import com.fasterxml.jackson.databind.JsonNode;

/** How a CSV cell becomes a field value: by the JSON type of the field in its record type. */
enum FieldShape {
  TEXT,
  /** A number, kept as an exact decimal; a cell that is no number stays text for validation. */
  NUMBER,
  /** A list of texts, separated by {@code ;}, {@code ；} or {@code 、} in the cell. */
  LIST;

  /** The shape of {@code property}, following a local {@code $ref} into {@code schema}. */
  static FieldShape of(JsonNode property, JsonNode schema) {
    JsonNode definition = property;
    for (int hops = 0; hops < 8 && definition.path("$ref").asText().startsWith("#/"); hops++) {
      definition = schema.at(definition.path("$ref").asText().substring(1));
    }
    return switch (definition.path("type").asText()) {
      case "number", "integer" -> NUMBER;
      case "array" -> LIST;
      default -> TEXT;
    };
  }
}
