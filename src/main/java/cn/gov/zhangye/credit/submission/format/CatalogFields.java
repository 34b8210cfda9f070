package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.FieldDefinition;
import cn.gov.zhangye.credit.catalog.RecordType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field keys of the catalogue's record types, as a CSV header may name them: by code or by the
 * Chinese name (the schema's {@code title}), like the record validator accepts them.
 */
final class CatalogFields {

  /** A field of a record type: its code and how a cell becomes its value. */
  record Field(String code, FieldShape shape) {}

  private final Map<String, Map<String, Field>> fieldsByKeyByType = new LinkedHashMap<>();
  private final Set<String> keys = new HashSet<>();

  CatalogFields(Catalog catalog) {
    for (RecordType type : catalog.recordTypes()) {
      Map<String, Field> byKey = new HashMap<>();
      for (FieldDefinition definition : type.fields()) {
        Field field =
            new Field(
                definition.code(),
                FieldShape.of(
                    type.schema().path("properties").path(definition.code()), type.schema()));
        byKey.putIfAbsent(definition.code(), field);
        byKey.putIfAbsent(definition.name().zh(), field);
      }
      fieldsByKeyByType.put(type.code(), byKey);
      keys.addAll(byKey.keySet());
    }
  }

  /** The codes of the record types. */
  Set<String> recordTypes() {
    return fieldsByKeyByType.keySet();
  }

  /** Whether {@code key} names a field of some record type. */
  boolean knows(String key) {
    return keys.contains(key);
  }

  /** The field {@code key} names in record type {@code type}. */
  Optional<Field> field(String type, String key) {
    return Optional.ofNullable(fieldsByKeyByType.getOrDefault(type, Map.of()).get(key));
  }
}
