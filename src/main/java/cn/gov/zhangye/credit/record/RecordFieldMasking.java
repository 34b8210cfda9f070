package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.FieldRoles;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.subject.Subject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place where personal data is taken out of a record's fields before anything stores,
 * publishes or answers them: the identity-number fields of the type masked whole, a person
 * subject's name masked, and in every other string value, at any depth, each valid resident
 * identity number masked where it stands (a fact typed as free text, a remark). The originals are
 * kept by JSON Pointer, for {@link RecordWriter} to seal.
 */
@ApplicationScoped
class RecordFieldMasking {

  private final SubjectCodes codes;

  @Inject
  RecordFieldMasking(SubjectCodes codes) {
    this.codes = codes;
  }

  /** {@code fields} masked in place; the answer holds the originals of what changed. */
  Map<String, String> mask(RecordType type, Subject subject, ObjectNode fields) {
    Map<String, String> originals = new TreeMap<>();
    FieldRoles roles = type.roles();
    for (FieldRoles.IdentityNumberRole role : roles.identityNumbers()) {
      replace(fields, role.number(), IdentityNumberMask::masked, originals);
    }
    if (subject.kind() == SubjectKind.PERSON) {
      replace(fields, roles.subject().name(), codes::maskName, originals);
    }
    maskFreeText(fields, "", originals);
    return originals;
  }

  private static void replace(
      ObjectNode fields,
      String field,
      java.util.function.UnaryOperator<String> mask,
      Map<String, String> originals) {
    JsonNode value = fields.get(field);
    if (value != null && value.isTextual()) {
      originals.put(pointer("", field), value.asText());
      fields.put(field, mask.apply(value.asText()));
    }
  }

  private static void maskFreeText(JsonNode node, String at, Map<String, String> originals) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String where = pointer(at, field.getKey());
        masked(field.getValue(), where, originals).ifPresent(field::setValue);
        maskFreeText(field.getValue(), where, originals);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String where = at + "/" + i;
        int index = i;
        masked(array.get(i), where, originals).ifPresent(text -> array.set(index, text));
        maskFreeText(array.get(i), where, originals);
      }
    }
  }

  private static java.util.Optional<JsonNode> masked(
      JsonNode value, String where, Map<String, String> originals) {
    if (!value.isTextual() || originals.containsKey(where)) {
      return java.util.Optional.empty();
    }
    String masked = IdentityNumberMask.mask(value.asText());
    if (masked.equals(value.asText())) {
      return java.util.Optional.empty();
    }
    originals.put(where, value.asText());
    return java.util.Optional.of(TextNode.valueOf(masked));
  }

  private static String pointer(String at, String name) {
    return at + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
