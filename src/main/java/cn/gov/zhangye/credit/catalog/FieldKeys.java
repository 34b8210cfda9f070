package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a caller may give a record type's fields by: the field code, or its Chinese name (the
 * schema's {@code title}), as a spreadsheet header would.
 */
final class FieldKeys {

  private final Map<String, FieldDefinition> fieldByKey = new HashMap<>();
  private final Map<String, FieldDefinition> fieldByCode = new HashMap<>();

  FieldKeys(RecordType type) {
    for (FieldDefinition field : type.fields()) {
      fieldByCode.put(field.code(), field);
      fieldByKey.put(field.code(), field);
      fieldByKey.put(field.name().zh(), field);
    }
  }

  Optional<FieldDefinition> field(String code) {
    return Optional.ofNullable(fieldByCode.get(code));
  }

  /**
   * The fields keyed by code, remembering the key the caller used for each. A key that names no
   * field is kept as it is, for the schema to reject; a field given twice, by code and by name,
   * keeps its first value and makes a violation.
   */
  ResolvedFields resolve(ObjectNode fields) {
    ObjectNode byCode = JsonNodeFactory.instance.objectNode();
    Map<String, String> keyByCode = new HashMap<>();
    List<Violation> duplicates = new ArrayList<>();
    fields
        .properties()
        .forEach(
            entry -> {
              String key = entry.getKey();
              FieldDefinition field = fieldByKey.get(key);
              String code = field == null ? key : field.code();
              if (byCode.has(code)) {
                duplicates.add(
                    new Violation(
                        ResolvedFields.FIELDS.appendProperty(key).toString(),
                        "duplicate-field",
                        new Text(
                            "violation.field.duplicate-field",
                            field.name().zh(),
                            field.code(),
                            field.name().en())));
                return;
              }
              byCode.set(code, entry.getValue());
              keyByCode.put(code, key);
            });
    return new ResolvedFields(byCode, keyByCode, duplicates);
  }
}
