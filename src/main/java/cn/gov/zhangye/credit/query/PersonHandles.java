package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The handles that stand for persons in an agency's URLs ({@code person_…}): the keyed hash of the
 * identity number encrypted for the agency ({@link PersonalDataKeys#handle}), so that an agency
 * always gets the same handle for the same person, another agency cannot use it, and two agencies
 * cannot tell whether their handles name the same person.
 */
@ApplicationScoped
public class PersonHandles {

  static final String PREFIX = "person_";

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final PersonalDataKeys keys;

  @Inject
  PersonHandles(PersonalDataKeys keys) {
    this.keys = keys;
  }

  /** The handle of the person stored under {@code subjectKey} ({@code P:<hash>}) for the agency. */
  public String of(Agency agency, String subjectKey) {
    byte[] identityHash = HexFormat.of().parseHex(subjectKey.substring(2));
    return PREFIX + ENCODER.encodeToString(keys.handle(identityHash, agency.clientId()));
  }

  static boolean isHandle(String raw) {
    return raw != null && raw.startsWith(PREFIX);
  }

  /** The person {@code handle} stands for, if it is {@code agency}'s handle. */
  Optional<SubjectCode> code(Agency agency, String handle) {
    byte[] token;
    try {
      token = Base64.getUrlDecoder().decode(handle.substring(PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    return keys.secretOfHandle(token, agency.clientId())
        .map(
            hash ->
                new SubjectCode(
                    SubjectKind.PERSON, SubjectKeys.person(hash), Buffer.buffer(hash), handle));
  }
}
