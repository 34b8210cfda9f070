package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of public credit record in the catalogue. Its fields are described by a JSON Schema (draft
 * 2020-12), which is also what records of the type are validated against.
 *
 * @param decisionDateField the field holding the decision date, from which publication runs
 * @param listTypeField for list entries, the field holding the code of the {@link ListType}
 * @param roles which field plays which role: the subject's, the deciding authority's, and the
 *     fields checked beyond the schema
 * @param schema the JSON Schema of the record's fields; treat it as read-only
 */
public record RecordType(
    String code,
    BilingualName name,
    BilingualName description,
    List<SubjectKind> subjectKinds,
    SharingLevel sharing,
    PublicationRule publication,
    boolean repairable,
    String decisionDateField,
    Optional<String> listTypeField,
    FieldRoles roles,
    JsonNode schema) {

  /** How a field of the schema refers to the shared date shape. */
  private static final String DATE_REFERENCE = "#/$defs/date";

  public RecordType {
    subjectKinds = List.copyOf(subjectKinds);
  }

  public boolean appliesTo(SubjectKind kind) {
    return subjectKinds.contains(kind);
  }

  public boolean hasField(String fieldCode) {
    return schema.path("properties").has(fieldCode);
  }

  /** The fields of the shared {@code date} shape ({@code $ref} to {@code #/$defs/date}). */
  public List<String> dateFields() {
    return schema.path("properties").properties().stream()
        .filter(property -> DATE_REFERENCE.equals(property.getValue().path("$ref").asText()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The fields in the order of the schema. */
  public List<FieldDefinition> fields() {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(code -> required.add(code.asText()));
    return schema.path("properties").properties().stream()
        .map(
            property ->
                FieldDefinition.of(
                    property.getKey(), property.getValue(), required.contains(property.getKey())))
        .toList();
  }
}
