package cn.gov.zhangye.credit.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;

/**
 * One key per subject for caches and change notices, the same on every replica and free of personal
 * data: {@code O:<credit code or GSZC:registration number>} for an organisation, {@code P:<hex of
 * the keyed hash of the identity number>} for a person.
 */
@ApplicationScoped
public class SubjectKeys {

  private final PersonalDataKeys keys;

  @Inject
  SubjectKeys(PersonalDataKeys keys) {
    this.keys = keys;
  }

  public String of(Subject subject) {
    return subject instanceof Organisation organisation
        ? organisation(organisation.key())
        : person(keys.hash(((Person) subject).identity().unmasked()));
  }

  /** The key of the organisation stored with {@code subjectKey} (legal_person.subject_key). */
  public static String organisation(String subjectKey) {
    return "O:" + subjectKey;
  }

  /** The key of the person stored with {@code identityHash} (natural_person.identity_hash). */
  public static String person(byte[] identityHash) {
    return "P:" + HexFormat.of().formatHex(identityHash);
  }
}
