package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.catalog.FieldRoles.DateOrder;
import cn.gov.zhangye.credit.catalog.FieldRoles.IdentityNumberRole;
import com.fasterxml.jackson.core.JsonPointer;
import com.networknt.schema.SchemaException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of one record type that its file format cannot express: the schema compiles, the
 * publication period fits its class, the fields it names exist (also in its roles), the roles are
 * coherent, and no two fields share a key.
 */
final class RecordTypeChecks {

  private static final JsonPointer SCHEMA = JsonPointer.compile("/schema");
  private static final JsonPointer PROPERTIES = SCHEMA.appendProperty("properties");
  private static final JsonPointer SUBJECT = JsonPointer.compile("/roles/subject");
  private static final JsonPointer DATE_ORDER = JsonPointer.compile("/roles/dateOrder");

  private final String file;
  private final RecordType type;

  private RecordTypeChecks(String file, RecordType type) {
    this.file = file;
    this.type = type;
  }

  static void check(String file, RecordType type, PublicationPeriods periods) {
    RecordTypeChecks checks = new RecordTypeChecks(file, type);
    checks.schemaCompiles();
    checks.periodFitsClass(periods);
    checks.namedFieldExists("/decisionDateField", Optional.of(type.decisionDateField()));
    checks.namedFieldExists("/publication/endField", type.publication().endField());
    checks.namedFieldExists("/listTypeField", type.listTypeField());
    checks.roleFieldsExist();
    checks.dateOrderNamesDates();
    checks.subjectCodesAreChecked();
    checks.fieldKeysUnique();
  }

  private void schemaCompiles() {
    try {
      RecordSchemas.compile(type.schema());
    } catch (SchemaException uncompilable) {
      throw CatalogException.at(file, SCHEMA, "cannot be compiled: " + uncompilable.getMessage());
    }
  }

  private void periodFitsClass(PublicationPeriods periods) {
    PublicationClass publicationClass = type.publication().publicationClass();
    JsonPointer at = JsonPointer.compile("/publication/period");
    type.publication()
        .period()
        .ifPresent(
            period -> {
              if (period.minMonths() > period.maxMonths()) {
                throw CatalogException.at(
                    file,
                    at,
                    "minMonths %d is greater than maxMonths %d"
                        .formatted(period.minMonths(), period.maxMonths()));
              }
              MonthRange bounds = periods.classes().get(publicationClass);
              if (!period.isWithin(bounds)) {
                throw CatalogException.at(
                    file,
                    at,
                    "%s is outside %s, the bounds of class %s"
                        .formatted(period, bounds, publicationClass));
              }
            });
  }

  private void namedFieldExists(String attribute, Optional<String> field) {
    field.ifPresent(code -> fieldExists(JsonPointer.compile(attribute), code));
  }

  private void fieldExists(JsonPointer at, String code) {
    if (!type.hasField(code)) {
      throw CatalogException.at(file, at, code + " is not a field of /schema");
    }
  }

  private void roleFieldsExist() {
    type.roles().namedFields().forEach(this::fieldExists);
  }

  /** A pair naming another field would never be compared: only dates are. */
  private void dateOrderNamesDates() {
    List<DateOrder> pairs = type.roles().dateOrder();
    for (int i = 0; i < pairs.size(); i++) {
      JsonPointer at = DATE_ORDER.appendIndex(i);
      fieldIsDate(at.appendProperty("earlier"), pairs.get(i).earlier());
      fieldIsDate(at.appendProperty("later"), pairs.get(i).later());
    }
  }

  private void fieldIsDate(JsonPointer at, String code) {
    if (!type.dateFields().contains(code)) {
      throw CatalogException.at(
          file, at, code + " is not a date field (\"$ref\": \"#/$defs/date\")");
    }
  }

  /** The subject's codes are checked only if listed among the codes and numbers to check. */
  private void subjectCodesAreChecked() {
    FieldRoles roles = type.roles();
    SubjectRoles subject = roles.subject();
    Optional<String> creditCode = subject.creditCode();
    if (creditCode.isPresent() && !roles.creditCodes().contains(creditCode.get())) {
      throw CatalogException.at(
          file,
          SUBJECT.appendProperty("creditCode"),
          creditCode.get() + " is not in /roles/creditCodes");
    }
    Optional<String> number = subject.identityNumber();
    if (number.isPresent()
        && !roles
            .identityNumbers()
            .contains(new IdentityNumberRole(number.get(), subject.identityType()))) {
      throw CatalogException.at(
          file,
          SUBJECT.appendProperty("identityNumber"),
          "%s with type %s is not in /roles/identityNumbers"
              .formatted(number.get(), subject.identityType().orElse("(none)")));
    }
  }

  /** Titles are accepted as keys beside the codes, so each must point to exactly one field. */
  private void fieldKeysUnique() {
    Map<String, String> fieldByKey = new HashMap<>();
    type.fields().forEach(field -> fieldByKey.put(field.code(), field.code()));
    for (FieldDefinition field : type.fields()) {
      String title = field.name().zh();
      String owner = fieldByKey.putIfAbsent(title, field.code());
      if (owner != null && !owner.equals(field.code())) {
        throw CatalogException.at(
            file,
            PROPERTIES.appendProperty(field.code()).appendProperty("title"),
            "\"%s\" is already the code or title of %s".formatted(title, owner));
      }
    }
  }
}
