package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field of a record type, as its JSON Schema describes it.
 *
 * @param code the field code, such as {@code CF_JDRQ}
 * @param name the Chinese name (the schema's {@code title}, also accepted as the field's key) and
 *     the English one ({@code x-name-en})
 * @param description from {@code description} and {@code x-description-en}
 * @param required whether every record must have it; fields required only in some cases are not
 */
public record FieldDefinition(
    String code, BilingualName name, BilingualName description, boolean required) {

  static FieldDefinition of(String code, JsonNode property, boolean required) {
    return new FieldDefinition(
        code,
        new BilingualName(property.path("title").asText(), property.path("x-name-en").asText()),
        new BilingualName(
            property.path("description").asText(), property.path("x-description-en").asText()),
        required);
  }
}
