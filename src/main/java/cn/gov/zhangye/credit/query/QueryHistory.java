package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.audit.AgencyQueryLog;
import cn.gov.zhangye.credit.access.audit.AuditRecord;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.privacy.IdentityNumberMask;
import cn.gov.zhangye.credit.subject.StoredSubject;
import cn.gov.zhangye.credit.subject.SubjectDirectory;
import cn.gov.zhangye.credit.subject.SubjectKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency's own queries, from the audit log: its READ entries of the subject operations, newest
 * first. Subjects are stored there by key; persons are shown by their masked number.
 */
@ApplicationScoped
class QueryHistory {

  private static final List<String> SUBJECT_OPERATIONS =
      List.of("/api/v1/subjects", "/api/v1/persons");
  private static final String UNKNOWN_PERSON = "*".repeat(18);
  private static final String PERSON_PREFIX = SubjectKeys.person(new byte[0]);
  private static final String ORGANISATION_PREFIX = SubjectKeys.organisation("");

  private final AgencyQueryLog log;
  private final SubjectDirectory subjects;

  @Inject
  QueryHistory(AgencyQueryLog log, SubjectDirectory subjects) {
    this.log = log;
    this.subjects = subjects;
  }

  /**
   * The time range of a history listing, each end optional.
   *
   * @param from at or after; null for no start
   * @param to before; null for no end
   */
  record Period(Instant from, Instant to) {

    /**
     * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a malformed time
     */
    static Period of(String from, String to) {
      return new Period(time("from", from), time("to", to));
    }
  }

  /**
   * The newest {@code limit} entries in {@code period}, before the entry {@code beforeId}.
   *
   * @param subjectKey only queries of this subject; null for all
   * @param beforeId only entries older than this one; null for the newest
   */
  Uni<List<QueryHistoryPage.Entry>> entries(
      String clientId, Period period, String subjectKey, Long beforeId, int limit) {
    return log.reads(
            clientId, SUBJECT_OPERATIONS, period.from(), period.to(), subjectKey, beforeId, limit)
        .flatMap(
            found ->
                maskedPersons(found)
                    .map(masked -> found.stream().map(entry -> entry(entry, masked)).toList()));
  }

  /** The persons the entries name, by subject key: they are shown by their masked number. */
  private Uni<Map<String, StoredSubject>> maskedPersons(List<AuditRecord> entries) {
    Set<String> persons = new LinkedHashSet<>();
    for (AuditRecord entry : entries) {
      for (String key : keys(entry)) {
        if (key.startsWith(PERSON_PREFIX)) {
          persons.add(key);
        }
      }
    }
    return subjects.persons(
        persons.stream()
            .map(key -> HexFormat.of().parseHex(key.substring(PERSON_PREFIX.length())))
            .toList());
  }

  private static QueryHistoryPage.Entry entry(
      AuditRecord entry, Map<String, StoredSubject> persons) {
    return new QueryHistoryPage.Entry(
        Long.toString(entry.id()),
        entry.occurredAt(),
        entry.operation(),
        keys(entry).stream()
            .map(
                key ->
                    key.startsWith(ORGANISATION_PREFIX)
                        ? key.substring(ORGANISATION_PREFIX.length())
                        : persons.containsKey(key) ? persons.get(key).code() : UNKNOWN_PERSON)
            .toList(),
        // entries written before the audit masked its headers are masked here
        IdentityNumberMask.mask(entry.purpose()),
        IdentityNumberMask.mask(entry.consentReference()),
        entry.status(),
        IdentityNumberMask.mask(entry.requestId()));
  }

  private static List<String> keys(AuditRecord entry) {
    String target = entry.targetSubject();
    return target == null || target.isBlank() ? List.of() : List.of(target.split(" "));
  }

  private static Instant time(String parameter, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException malformed) {
      throw QueryParameters.malformed(
          parameter, "format", new Text("violation.query.instant", parameter));
    }
  }
}
