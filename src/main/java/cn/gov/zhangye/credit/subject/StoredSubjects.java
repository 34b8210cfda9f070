package cn.gov.zhangye.credit.subject;

import java.util.Map;

/**
 * The row ids of stored subjects in the store of their kind.
 *
 * @param organisationIds by {@link Organisation#key()}
 * @param personIds by the identity number; held in memory only
 */
public record StoredSubjects(Map<String, Long> organisationIds, Map<String, Long> personIds) {

  /** The id in the legal-person store, or null when the subject is a person. */
  public Long legalPersonId(Subject subject) {
    return subject instanceof Organisation organisation
        ? organisationIds.get(organisation.key())
        : null;
  }

  /** The id in the natural-person store, or null when the subject is an organisation. */
  public Long naturalPersonId(Subject subject) {
    return subject instanceof Person person ? personIds.get(person.identity().unmasked()) : null;
  }
}
