package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a record type that name and identify its subject. Only {@code name} is in every
 * type; the others where the type has them.
 *
 * @param name the subject's name (名称 or 姓名)
 * @param category the subject category (法人及非法人组织 / 自然人 / 个体工商户)
 * @param creditCode the subject's unified social credit code
 * @param registrationNumber the business registration number, which stands in for the credit code
 *     of an individual business that has only the placeholder
 * @param identityNumber a natural person's ID number
 * @param identityType the kind of that ID document
 */
public record SubjectRoles(
    String name,
    Optional<String> category,
    Optional<String> creditCode,
    Optional<String> registrationNumber,
    Optional<String> identityNumber,
    Optional<String> identityType) {

  /** The subject as a record's fields (keyed by code) describe it. */
  public ClaimedSubject claimedIn(ObjectNode fieldsByCode) {
    return new ClaimedSubject(
        FieldValues.text(fieldsByCode, name),
        valueIn(fieldsByCode, category),
        valueIn(fieldsByCode, creditCode),
        valueIn(fieldsByCode, registrationNumber),
        valueIn(fieldsByCode, identityNumber),
        valueIn(fieldsByCode, identityType));
  }

  Map<JsonPointer, String> namedFields(JsonPointer at) {
    Map<JsonPointer, String> named = new LinkedHashMap<>();
    named.put(at.appendProperty("name"), name);
    category.ifPresent(code -> named.put(at.appendProperty("category"), code));
    creditCode.ifPresent(code -> named.put(at.appendProperty("creditCode"), code));
    registrationNumber.ifPresent(code -> named.put(at.appendProperty("registrationNumber"), code));
    identityNumber.ifPresent(code -> named.put(at.appendProperty("identityNumber"), code));
    identityType.ifPresent(code -> named.put(at.appendProperty("identityType"), code));
    return named;
  }

  private static Optional<String> valueIn(ObjectNode fieldsByCode, Optional<String> field) {
    return field.flatMap(code -> FieldValues.text(fieldsByCode, code));
  }
}
