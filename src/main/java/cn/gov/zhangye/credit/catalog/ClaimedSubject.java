package cn.gov.zhangye.credit.catalog;

import java.util.Optional;

/**
 * The subject a record's fields claim, by the {@link SubjectRoles} of its type: each value as
 * given, empty where the type has no such field or the record leaves it out. Nothing here is
 * checked; the record's validation does that.
 */
public record ClaimedSubject(
    Optional<String> name,
    Optional<String> category,
    Optional<String> creditCode,
    Optional<String> registrationNumber,
    Optional<String> identityNumber,
    Optional<String> identityType) {

  /** The subject category of natural persons in the catalogue's enumerations. */
  public static final String PERSON_CATEGORY = "自然人";

  /** The kind the category stands for: 自然人 a person, any other category an organisation. */
  public Optional<SubjectKind> kind() {
    return category.map(
        given -> PERSON_CATEGORY.equals(given) ? SubjectKind.PERSON : SubjectKind.ORGANISATION);
  }
}
