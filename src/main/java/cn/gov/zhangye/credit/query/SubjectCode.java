package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;

/**
 * A checked subject code as an agency gives it.
 *
 * @param kind whose code it is
 * @param key the subject's key ({@link cn.gov.zhangye.credit.subject.SubjectKeys}): free of
 *     personal data, the key of caches, change notices and audit entries
 * @param lookup what the subject's store is searched by: the credit code (legal_person.subject_key)
 *     or the keyed hash of the identity number (natural_person.identity_hash)
 * @param display the code as answers show it: an organisation's code, a person's masked number
 */
public record SubjectCode(SubjectKind kind, String key, Object lookup, String display) {

  public boolean person() {
    return kind == SubjectKind.PERSON;
  }
}
