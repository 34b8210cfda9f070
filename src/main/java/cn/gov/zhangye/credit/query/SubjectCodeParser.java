package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.IdentityNumber;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.catalog.code.UsccCheck;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a code names an organisation (unified social credit code) or a person (resident
 * identity number), or why it names neither. A code that passes the identity-number check with a
 * birth year from 1900 is a person's; any other must pass the credit-code check. The placeholder
 * code of individual businesses names no one. Where an agency asks, a person may also be named by
 * the agency's handle ({@link PersonHandles}).
 */
@ApplicationScoped
public class SubjectCodeParser {

  private static final Pattern IDENTITY_SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
  private static final int FIRST_BIRTH_YEAR = 1900;
  private static final int KEPT_BEFORE = 6;
  private static final int KEPT_AFTER = 4;

  private final SubjectCodes codes;
  private final PersonalDataKeys keys;
  private final PersonHandles handles;

  @Inject
  SubjectCodeParser(SubjectCodes codes, PersonalDataKeys keys, PersonHandles handles) {
    this.codes = codes;
    this.keys = keys;
    this.handles = handles;
  }

  /**
   * The subject {@code raw} names for {@code agency}: a code, or a person handle of that agency.
   *
   * @throws ProblemException {@link QueryProblems#INVALID_SUBJECT_CODE} for an invalid code; 404
   *     for a handle that is not the agency's, as for a subject it does not know
   */
  public SubjectCode parse(String raw, Agency agency) {
    if (PersonHandles.isHandle(raw)) {
      return handles.code(agency, raw).orElseThrow(QueryProblems::subjectNotFound);
    }
    return parse(raw);
  }

  /**
   * The subject code {@code raw} names.
   *
   * @throws ProblemException {@link QueryProblems#INVALID_SUBJECT_CODE} with the defects
   */
  public SubjectCode parse(String raw) {
    String code = normalised(raw);
    Optional<SubjectCode> parsed = person(code).or(() -> organisation(code));
    return parsed.orElseThrow(
        () ->
            new ProblemException(
                QueryProblems.INVALID_SUBJECT_CODE,
                new Text("problem.invalid-subject-code.detail"),
                defects(code, "code")));
  }

  /** Why {@code raw} names no subject, for an answer that reports it under {@code pointer}. */
  public List<Violation> defects(String raw, String pointer) {
    String code = normalised(raw);
    List<Violation> violations = new ArrayList<>();
    if (IDENTITY_SHAPE.matcher(code).matches()) {
      codes
          .identityNumberDefectOf(code)
          .or(() -> Optional.of(tooOld()))
          .ifPresent(defect -> violations.add(violation(pointer, "identity-number.", defect)));
    }
    codes
        .checkUscc(code)
        .defect()
        .ifPresent(defect -> violations.add(violation(pointer, "credit-code.", defect)));
    return violations;
  }

  /**
   * {@code raw} as answers may echo it: a valid organisation code as it is, anything else masked as
   * an identity number is, since it may be one with a typing error.
   */
  public String echo(String raw) {
    if (PersonHandles.isHandle(raw)) {
      return raw;
    }
    String code = normalised(raw);
    if (codes.checkUscc(code).valid() && person(code).isEmpty()) {
      return code;
    }
    if (code.length() < KEPT_BEFORE + KEPT_AFTER + 1) {
      return "*".repeat(code.length());
    }
    return code.substring(0, KEPT_BEFORE)
        + "*".repeat(code.length() - KEPT_BEFORE - KEPT_AFTER)
        + code.substring(code.length() - KEPT_AFTER);
  }

  private Optional<SubjectCode> person(String code) {
    if (!IDENTITY_SHAPE.matcher(code).matches() || codes.identityNumberDefectOf(code).isPresent()) {
      return Optional.empty();
    }
    IdentityNumber identity = codes.parseIdentityNumber(code);
    if (identity.birthDate().getYear() < FIRST_BIRTH_YEAR) {
      return Optional.empty();
    }
    byte[] hash = keys.hash(identity.unmasked());
    return Optional.of(
        new SubjectCode(
            SubjectKind.PERSON, SubjectKeys.person(hash), Buffer.buffer(hash), identity.masked()));
  }

  private Optional<SubjectCode> organisation(String code) {
    UsccCheck check = codes.checkUscc(code);
    if (!check.valid()) {
      return Optional.empty();
    }
    return Optional.of(
        new SubjectCode(SubjectKind.ORGANISATION, SubjectKeys.organisation(code), code, code));
  }

  private static CodeDefect tooOld() {
    return new CodeDefect(
        CodeDefect.BIRTH_DATE, new Text("violation.identity-number.before-1900", FIRST_BIRTH_YEAR));
  }

  private static Violation violation(String pointer, String prefix, CodeDefect defect) {
    return new Violation(pointer, prefix + defect.code(), defect.message());
  }

  private static String normalised(String raw) {
    return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
  }
}
