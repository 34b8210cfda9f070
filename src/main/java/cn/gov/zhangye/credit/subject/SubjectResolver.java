package cn.gov.zhangye.credit.subject;

import cn.gov.zhangye.credit.catalog.ClaimedSubject;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SubjectKind;
import cn.gov.zhangye.credit.catalog.code.CodeDefect;
import cn.gov.zhangye.credit.catalog.code.IdentityNumber;
import cn.gov.zhangye.credit.catalog.code.InvalidCodeException;
import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.catalog.code.UnifiedSocialCreditCode;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which subject a record is about: from its {@code subject} object, or from the subject
 * fields of its type (such as {@code CF_XDR_MC}, {@code CF_XDR_SHXYM}, {@code CF_XDR_ZJHM}). When
 * both are given they must agree. The code must pass its check: an organisation's unified social
 * credit code (or the placeholder with a registration number), a person's resident identity number.
 */
@ApplicationScoped
public class SubjectResolver {

  /** An unknown division, for an individual business known only by its registration number. */
  private static final String NO_DIVISION = "000000";

  private static final int MAX_NAME_LENGTH = 200;

  private final SubjectCodes codes;

  @Inject
  SubjectResolver(SubjectCodes codes) {
    this.codes = codes;
  }

  /**
   * @param given the record's {@code subject} member; null when absent
   * @param fieldsByCode the record's fields keyed by field code
   */
  public SubjectResolution resolve(RecordType type, JsonNode given, ObjectNode fieldsByCode) {
    ClaimedSubject claimed = type.roles().subject().claimedIn(fieldsByCode);
    List<Violation> violations = new ArrayList<>();
    if (given != null && !given.isObject()) {
      violations.add(violation("/subject", "type", "violation.subject-object"));
      return SubjectResolution.refused(violations);
    }
    Optional<SubjectKind> kind = kind(given, claimed, violations);
    if (kind.isEmpty()) {
      if (violations.isEmpty()) {
        violations.add(violation("/subject", "required", "violation.subject-required"));
      }
      return SubjectResolution.refused(violations);
    }
    String codeField =
        (kind.get() == SubjectKind.PERSON
                ? type.roles().subject().identityNumber()
                : type.roles().subject().creditCode())
            .orElse(null);
    Optional<String> code =
        agreed(
            member(given, "code").map(value -> value.strip().toUpperCase(Locale.ROOT)),
            (kind.get() == SubjectKind.PERSON ? claimed.identityNumber() : claimed.creditCode())
                .map(value -> value.strip().toUpperCase(Locale.ROOT)),
            "/subject/code",
            codeField,
            violations);
    Optional<String> name =
        agreed(
            member(given, "name").map(String::strip),
            claimed.name().map(String::strip),
            "/subject/name",
            type.roles().subject().name(),
            violations);
    if (code.isEmpty()) {
      violations.add(violation("/subject/code", "required", "violation.subject-code-required"));
    }
    if (name.isEmpty() || name.get().isEmpty() || name.get().length() > MAX_NAME_LENGTH) {
      violations.add(
          new Violation(
              "/subject/name",
              "subject-name",
              new Text("violation.subject-name", String.valueOf(MAX_NAME_LENGTH))));
    }
    if (!violations.isEmpty()) {
      return SubjectResolution.refused(violations);
    }
    return kind.get() == SubjectKind.PERSON
        ? person(code.get(), name.get())
        : organisation(type, code.get(), name.get(), claimed, fieldsByCode);
  }

  private SubjectResolution person(String code, String name) {
    try {
      IdentityNumber identity = codes.parseIdentityNumber(code);
      return SubjectResolution.of(new Person(identity, name));
    } catch (InvalidCodeException invalid) {
      return SubjectResolution.refused(List.of(defect(invalid.defect())));
    }
  }

  private SubjectResolution organisation(
      RecordType type, String code, String name, ClaimedSubject claimed, ObjectNode fieldsByCode) {
    String category = claimed.category().orElse("法人及非法人组织");
    if (UnifiedSocialCreditCode.isPlaceholder(code)) {
      Optional<String> registration = claimed.registrationNumber().map(String::strip);
      if (registration.isEmpty() || registration.get().isEmpty()) {
        return SubjectResolution.refused(
            List.of(
                violation(
                    "/subject/code",
                    "registration-number-required",
                    "violation.registration-number-required")));
      }
      String division =
          type.roles()
              .authorityCreditCodeIn(fieldsByCode)
              .filter(authority -> authority.length() == UnifiedSocialCreditCode.LENGTH)
              .map(authority -> authority.substring(2, 8))
              .orElse(NO_DIVISION);
      return SubjectResolution.of(new Organisation(code, registration, name, category, division));
    }
    Optional<CodeDefect> defect = codes.checkUscc(code).defect();
    if (defect.isPresent()) {
      return SubjectResolution.refused(List.of(defect(defect.get())));
    }
    return SubjectResolution.of(
        new Organisation(code, Optional.empty(), name, category, code.substring(2, 8)));
  }

  private static Optional<SubjectKind> kind(
      JsonNode given, ClaimedSubject claimed, List<Violation> violations) {
    Optional<String> stated = member(given, "kind");
    if (stated.isEmpty()) {
      return claimed
          .kind()
          .or(() -> claimed.identityNumber().map(number -> SubjectKind.PERSON))
          .or(() -> claimed.creditCode().map(code -> SubjectKind.ORGANISATION));
    }
    Optional<SubjectKind> kind;
    try {
      kind = Optional.of(SubjectKind.valueOf(stated.get()));
    } catch (IllegalArgumentException unknown) {
      violations.add(
          new Violation(
              "/subject/kind", "enum", new Text("violation.subject-kind-unknown", stated.get())));
      return Optional.empty();
    }
    if (claimed.kind().isPresent() && claimed.kind().get() != kind.get()) {
      violations.add(
          new Violation(
              "/subject/kind",
              "subject-mismatch",
              new Text("violation.subject-kind-mismatch", kind.get(), claimed.category().get())));
      return Optional.empty();
    }
    return kind;
  }

  /** The value given in the subject object or in the fields; both must agree when both are. */
  private static Optional<String> agreed(
      Optional<String> given,
      Optional<String> claimed,
      String pointer,
      String field,
      List<Violation> violations) {
    if (given.isPresent() && claimed.isPresent() && !given.get().equals(claimed.get())) {
      violations.add(
          new Violation(
              "/fields/" + field,
              "subject-mismatch",
              new Text("violation.subject-mismatch", field, pointer)));
    }
    return given.or(() -> claimed);
  }

  private static Optional<String> member(JsonNode given, String name) {
    if (given == null) {
      return Optional.empty();
    }
    JsonNode value = given.get(name);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Violation defect(CodeDefect defect) {
    return new Violation("/subject/code", defect.code(), defect.message());
  }

  private static Violation violation(String pointer, String code, String key) {
    return new Violation(pointer, code, new Text(key));
  }
}
