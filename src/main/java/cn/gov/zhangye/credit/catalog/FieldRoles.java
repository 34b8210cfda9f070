package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a record type plays which role, as the {@code roles} of its catalogue file says.
 * Every field named is a field of the type's schema (checked at load).
 *
 * @param subject the fields that name and identify the subject (信用主体)
 * @param authorityCreditCode the field holding the credit code of the authority that decided the
 *     record (认定机关, 处罚机关 …)
 * @param creditCodes the fields holding unified social credit codes, checked by check character
 * @param identityNumbers the fields holding ID numbers, each with the field of its document type
 * @param dateOrder pairs of date fields whose order is checked
 */
public record FieldRoles(
    SubjectRoles subject,
    Optional<String> authorityCreditCode,
    List<String> creditCodes,
    List<IdentityNumberRole> identityNumbers,
    List<DateOrder> dateOrder) {

  public FieldRoles {
    creditCodes = creditCodes == null ? List.of() : List.copyOf(creditCodes);
    identityNumbers = identityNumbers == null ? List.of() : List.copyOf(identityNumbers);
    dateOrder = dateOrder == null ? List.of() : List.copyOf(dateOrder);
  }

  /** The credit code of the deciding authority in a record's fields (keyed by code), if given. */
  public Optional<String> authorityCreditCodeIn(ObjectNode fieldsByCode) {
    return authorityCreditCode.flatMap(code -> FieldValues.text(fieldsByCode, code));
  }

  /** Every field named, by where it is named in the record type file. */
  Map<JsonPointer, String> namedFields() {
    JsonPointer roles = JsonPointer.compile("/roles");
    Map<JsonPointer, String> named =
        new LinkedHashMap<>(subject.namedFields(roles.appendProperty("subject")));
    authorityCreditCode.ifPresent(
        code -> named.put(roles.appendProperty("authorityCreditCode"), code));
    for (int i = 0; i < creditCodes.size(); i++) {
      named.put(roles.appendProperty("creditCodes").appendIndex(i), creditCodes.get(i));
    }
    for (int i = 0; i < identityNumbers.size(); i++) {
      JsonPointer at = roles.appendProperty("identityNumbers").appendIndex(i);
      IdentityNumberRole role = identityNumbers.get(i);
      named.put(at.appendProperty("number"), role.number());
      role.type().ifPresent(type -> named.put(at.appendProperty("type"), type));
    }
    for (int i = 0; i < dateOrder.size(); i++) {
      JsonPointer at = roles.appendProperty("dateOrder").appendIndex(i);
      named.put(at.appendProperty("earlier"), dateOrder.get(i).earlier());
      named.put(at.appendProperty("later"), dateOrder.get(i).later());
    }
    return named;
  }

  /**
   * A field holding an ID number.
   *
   * @param number the field of the number
   * @param type the field naming the kind of document; without it the number is a resident identity
   *     number
   */
  public record IdentityNumberRole(String number, Optional<String> type) {}

  /** Two date fields: when both are given, {@code earlier} must not be after {@code later}. */
  public record DateOrder(String earlier, String later) {}
}
