package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.PublicationRule;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.calendar.WorkingCalendar;
import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.subject.Subject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a valid record into what is stored: dates in ISO form, personal data masked in the fields
 * ({@link RecordFieldMasking}) with the originals kept for sealing, a keyed content hash of the
 * unmasked content, the publication window and the submission's timeliness.
 */
@ApplicationScoped
public class RecordDrafts {

  private final PersonalDataKeys keys;
  private final RecordFieldMasking masking;
  private final WorkingCalendar calendar;

  @Inject
  RecordDrafts(PersonalDataKeys keys, RecordFieldMasking masking, WorkingCalendar calendar) {
    this.keys = keys;
    this.masking = masking;
    this.calendar = calendar;
  }

  /**
   * @param fieldsByCode the record's valid fields keyed by code; not changed
   * @param submittedOn the day the record reached the platform, in China
   */
  public RecordDraft draft(
      int index,
      RecordType type,
      String sourceRef,
      Subject subject,
      ObjectNode fieldsByCode,
      LocalDate submittedOn) {
    ObjectNode normalised = fieldsByCode.deepCopy();
    for (String dateField : type.dateFields()) {
      JsonNode value = normalised.get(dateField);
      if (value != null && value.isTextual()) {
        normalised.put(dateField, value.asText().replace('/', '-'));
      }
    }
    byte[] contentHash =
        keys.contentHash(subject.canonicalIdentity() + "\n" + canonical(normalised));
    LocalDate decision = LocalDate.parse(normalised.path(type.decisionDateField()).asText());
    LocalDate publicationUntil = publicationUntil(type.publication(), decision, normalised);
    // from here on the normalised fields are what is stored, personal data masked
    ObjectNode stored = normalised;
    Map<String, String> originals = masking.mask(type, subject, stored);
    return new RecordDraft(
        index,
        type,
        sourceRef,
        subject,
        stored,
        originals,
        contentHash,
        decision,
        publicationUntil,
        calendar.workingDaysBetween(decision, submittedOn));
  }

  /**
   * The last day of publication: the rule's maximum period from the decision, or the type's end
   * field when that comes first; a type without a period ends only by its end field.
   */
  static LocalDate publicationUntil(PublicationRule rule, LocalDate decision, ObjectNode fields) {
    Optional<LocalDate> end =
        rule.endField().flatMap(field -> date(fields.path(field).asText(null)));
    Optional<LocalDate> maximum = rule.lastDay(decision);
    if (end.isPresent() && maximum.isPresent()) {
      return end.get().isBefore(maximum.get()) ? end.get() : maximum.get();
    }
    return end.or(() -> maximum).orElse(null);
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** The fields in code order, each as its JSON: equal content, equal text. */
  private static String canonical(ObjectNode fields) {
    TreeMap<String, String> sorted = new TreeMap<>();
    fields.properties().forEach(field -> sorted.put(field.getKey(), field.getValue().toString()));
    return sorted.toString();
  }
}
