package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A record's fields keyed by code, with the key the caller sent for each so that violations can
 * point at what the caller wrote.
 *
 * @param byCode the fields keyed by code; keys naming no field are kept as sent
 * @param keyByCode the caller's key of each field given
 * @param duplicates fields the caller gave twice, by code and by name
 */
record ResolvedFields(
    ObjectNode byCode, Map<String, String> keyByCode, List<Violation> duplicates) {

  /** Where a record's fields are in what the caller sent. */
  static final JsonPointer FIELDS = JsonPointer.compile("/fields");

  /** The pointer to field {@code code}: by the caller's key if given, else by the code. */
  JsonPointer pointerTo(String code) {
    return FIELDS.appendProperty(keyByCode.getOrDefault(code, code));
  }
}
