package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.audit.AgencyQueryLog;
import cn.gov.zhangye.credit.access.audit.AuditRecord;
import cn.gov.zhangye.credit.platform.i18n.Text;
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

  private static final String SUBJECT_OPERATIONS = "/api/v1/subjects";
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
   * @param subjectKey only queries of this subject; null for all
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException 400 for a malformed time or
   *     cursor
   */
  Uni<QueryHistoryPage> page(
      String clientId, String from, String to, String subjectKey, String cursor, int size) {
    return log.reads(
            clientId,
            SUBJECT_OPERATIONS,
            time("from", from),
            time("to", to),
            subjectKey,
            cursor == null ? null : before(cursor),
            size + 1)
        .flatMap(
            found -> {
              boolean more = found.size() > size;
              List<AuditRecord> page = more ? found.subList(0, size) : found;
              return maskedPersons(page)
                  .map(
                      masked ->
                          new QueryHistoryPage(
                              page.stream().map(entry -> entry(entry, masked)).toList(),
                              more ? Long.toString(page.get(size - 1).id()) : null));
            });
  }

  /** The masked numbers of the persons the entries name, by subject key. */
  private Uni<Map<String, StoredSubject>> maskedPersons(List<AuditRecord> page) {
    Set<String> persons = new LinkedHashSet<>();
    for (AuditRecord entry : page) {
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
        entry.purpose(),
        entry.consentReference(),
        entry.status(),
        entry.requestId());
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
      throw Paging.malformed(parameter, "format", new Text("violation.query.instant", parameter));
    }
  }

  private static Long before(String cursor) {
    if (!cursor.matches("[1-9][0-9]{0,17}")) {
      throw Paging.malformed("cursor", "format", new Text("violation.query.cursor"));
    }
    return Long.parseLong(cursor);
  }
}
