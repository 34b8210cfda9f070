package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.RecordValidator;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import cn.gov.zhangye.credit.record.RecordDraft;
import cn.gov.zhangye.credit.record.RecordDrafts;
import cn.gov.zhangye.credit.subject.SubjectResolution;
import cn.gov.zhangye.credit.subject.SubjectResolver;
import cn.gov.zhangye.credit.submission.format.IncomingRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which records of a chunk may be written: each must be well-formed, of a record type the
 * client may submit, valid against the catalogue, about a subject the client may submit for, and
 * the first of its source reference in the chunk.
 */
@ApplicationScoped
class RecordAdmission {

  private static final int MAX_SOURCE_REF_LENGTH = 128;

  private final Catalog catalog;
  private final RecordValidator validator;
  private final SubjectResolver subjects;
  private final RecordDrafts drafts;
  private final SubmitterRights rights;
  private final Clock clock;

  @Inject
  RecordAdmission(
      Catalog catalog,
      RecordValidator validator,
      SubjectResolver subjects,
      RecordDrafts drafts,
      SubmitterRights rights,
      Clock clock) {
    this.catalog = catalog;
    this.validator = validator;
    this.subjects = subjects;
    this.drafts = drafts;
    this.rights = rights;
    this.clock = clock;
  }

  AdmittedChunk admit(Client client, List<IncomingRecord> records) {
    LocalDate today = ChinaTime.today(clock);
    List<RecordDraft> admitted = new ArrayList<>();
    List<RecordError> errors = new ArrayList<>();
    Map<Integer, IncomingRecord> byIndex = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (IncomingRecord incoming : records) {
      byIndex.put(incoming.index(), incoming);
      Screened screened = screen(client, incoming, today);
      if (screened.violations().isEmpty()
          && !seen.add(screened.draft().type().code() + '\u0000' + screened.draft().sourceRef())) {
        screened =
            Screened.refused(
                new Violation(
                    "/sourceRef",
                    "duplicate-source-ref",
                    new Text("violation.duplicate-source-ref", screened.draft().sourceRef())));
      }
      if (screened.violations().isEmpty()) {
        admitted.add(screened.draft());
      } else {
        for (Violation violation : screened.violations()) {
          errors.add(
              new RecordError(
                  incoming.index(),
                  incoming.line(),
                  text(incoming.record(), "recordType"),
                  text(incoming.record(), "sourceRef"),
                  violation));
        }
      }
    }
    return new AdmittedChunk(admitted, errors, byIndex);
  }

  private Screened screen(Client client, IncomingRecord incoming, LocalDate today) {
    if (!incoming.defects().isEmpty()) {
      return new Screened(null, incoming.defects());
    }
    ObjectNode record = incoming.record();
    List<Violation> violations = new ArrayList<>();
    Optional<RecordType> type = recordType(record, violations);
    String sourceRef = sourceRef(record, violations);
    JsonNode fields = record.path("fields");
    if (!fields.isObject()) {
      violations.add(new Violation("/fields", "required", new Text("violation.fields-required")));
    }
    if (type.isEmpty() || !violations.isEmpty()) {
      return new Screened(null, violations);
    }
    rights.typeRefusal(client, type.get()).ifPresent(violations::add);
    if (!violations.isEmpty()) {
      return new Screened(null, violations);
    }
    ObjectNode fieldsByCode = validator.fieldsByCode(type.get(), (ObjectNode) fields);
    SubjectResolution subject = subjects.resolve(type.get(), record.get("subject"), fieldsByCode);
    violations.addAll(subject.violations());
    if (subject.subject().isEmpty()) {
      return new Screened(null, violations);
    }
    violations.addAll(
        validator.validate(type.get(), subject.subject().get().kind(), (ObjectNode) fields));
    rights
        .divisionRefusal(client, type.get(), subject.subject().get(), fieldsByCode)
        .ifPresent(violations::add);
    if (!violations.isEmpty()) {
      return new Screened(null, violations);
    }
    return new Screened(
        drafts.draft(
            incoming.index(), type.get(), sourceRef, subject.subject().get(), fieldsByCode, today),
        List.of());
  }

  private Optional<RecordType> recordType(ObjectNode record, List<Violation> violations) {
    JsonNode code = record.get("recordType");
    if (code == null || !code.isTextual() || code.asText().isBlank()) {
      violations.add(
          new Violation("/recordType", "required", new Text("violation.record-type-required")));
      return Optional.empty();
    }
    Optional<RecordType> type = catalog.recordType(code.asText());
    if (type.isEmpty()) {
      violations.add(
          new Violation(
              "/recordType",
              "unknown-record-type",
              new Text("violation.unknown-record-type", code.asText())));
    }
    return type;
  }

  private static String sourceRef(ObjectNode record, List<Violation> violations) {
    JsonNode ref = record.get("sourceRef");
    if (ref == null || !ref.isTextual() || ref.asText().isBlank()) {
      violations.add(
          new Violation("/sourceRef", "required", new Text("violation.source-ref-required")));
      return null;
    }
    String value = ref.asText();
    if (value.length() > MAX_SOURCE_REF_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      violations.add(
          new Violation(
              "/sourceRef",
              "source-ref-format",
              new Text("violation.source-ref-format", String.valueOf(MAX_SOURCE_REF_LENGTH))));
      return null;
    }
    return value;
  }

  private static String text(ObjectNode record, String name) {
    JsonNode value = record == null ? null : record.get(name);
    return value != null && value.isTextual() ? truncated(value.asText()) : null;
  }

  private static String truncated(String value) {
    return value.length() <= MAX_SOURCE_REF_LENGTH
        ? value
        : value.substring(0, MAX_SOURCE_REF_LENGTH);
  }

  /** A record's draft, or why it is refused. */
  private record Screened(RecordDraft draft, List<Violation> violations) {
    static Screened refused(Violation violation) {
      return new Screened(null, List.of(violation));
    }
  }
}
