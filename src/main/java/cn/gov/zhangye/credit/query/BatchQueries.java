package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.audit.AuditTarget;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemResponses;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A batch query (批量查询): up to {@code credit.query.max-batch-size} distinct codes (or an agency's
 * person handles), each answered as a single query would be, in one answer. Each person follows the
 * person rules with a consent reference of its own: from the body's {@code consentReferences}, or
 * the {@code Consent-Reference} header when the batch holds one person only. A header for several
 * persons, or one reference given for two, refuses the call; a person whose rules are not met gets
 * that problem; the persons admitted count against the daily person-query quota, and when fewer are
 * left than the batch asks for, none is counted and each gets the quota's problem; the others are
 * answered.
 */
@ApplicationScoped
class BatchQueries {

  private final SubjectCodeParser parser;
  private final PersonQueryRules personRules;
  private final PersonQueryGate persons;
  private final SubjectQueries queries;
  private final int maxBatchSize;

  @Inject
  BatchQueries(
      SubjectCodeParser parser,
      PersonQueryRules personRules,
      PersonQueryGate persons,
      SubjectQueries queries,
      QueryConfig config) {
    this.parser = parser;
    this.personRules = personRules;
    this.persons = persons;
    this.queries = queries;
    this.maxBatchSize = config.maxBatchSize();
  }

  /**
   * The codes of {@code batch}, checked as a whole: present, not too many, no code twice (after
   * trimming and upper-casing).
   *
   * @throws ProblemException 400 otherwise
   */
  List<String> codes(BatchQuery batch) {
    List<String> codes = batch == null || batch.codes() == null ? List.of() : batch.codes();
    if (codes.isEmpty() || codes.stream().anyMatch(code -> code == null)) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.detail"),
          List.of(
              new Violation(
                  "/codes", "required", new Text("violation.batch.codes", maxBatchSize))));
    }
    if (codes.size() > maxBatchSize) {
      throw new ProblemException(
          QueryProblems.BATCH_TOO_LARGE,
          new Text("problem.batch-too-large.detail", maxBatchSize, codes.size()));
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    List<Violation> duplicates = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String normalised = codes.get(i).strip().toUpperCase(Locale.ROOT);
      Integer first = firstIndex.putIfAbsent(normalised, i);
      if (first != null) {
        duplicates.add(
            new Violation(
                "/codes/" + i,
                "duplicate",
                new Text("violation.batch.duplicate", parser.echo(codes.get(i)), first)));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new ProblemException(
          QueryProblems.DUPLICATE_CODES,
          new Text("problem.duplicate-codes.detail", duplicates.size()),
          duplicates);
    }
    return codes;
  }

  /**
   * The answers for the codes of {@code batch}, checked by {@link #codes}; {@code audit} gets their
   * keys and the persons' consent references.
   *
   * @throws ProblemException {@link QueryProblems#CONSENT_REFERENCE_PER_PERSON} when one consent
   *     reference would cover several persons
   */
  Uni<BatchAnswer> answer(
      Agency agency,
      BatchQuery batch,
      String purpose,
      String headerConsent,
      Locale language,
      AuditTarget audit) {
    List<String> codes = batch.codes();
    List<Object> parsed = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        SubjectCode subject = parser.parse(codes.get(i), agency);
        parsed.add(subject);
        keys.add(subject.key());
      } catch (ProblemException invalid) {
        parsed.add(
            invalid.type().equals(ProblemType.NOT_FOUND)
                ? invalid
                : new ProblemException(
                    invalid.type(), invalid.detail(), parser.defects(codes.get(i), "/codes/" + i)));
      }
    }
    audit.subject(keys.isEmpty() ? null : String.join(" ", keys));
    Map<Integer, String> consents = consents(batch, parsed, headerConsent);
    if (!consents.isEmpty()) {
      audit.consentReferences(
          String.join(" ", consents.values().stream().filter(java.util.Objects::nonNull).toList()));
    }
    Map<Integer, ProblemException> refusals = new HashMap<>();
    consents.forEach(
        (index, consent) ->
            refusal(agency, purpose, consent).ifPresent(refused -> refusals.put(index, refused)));
    List<Integer> admitted =
        consents.keySet().stream().filter(index -> !refusals.containsKey(index)).toList();
    return quotaRefusal(admitted.size())
        .map(
            overQuota -> {
              overQuota.ifPresent(
                  refused -> admitted.forEach(index -> refusals.put(index, refused)));
              return refusals;
            })
        .chain(all -> answers(agency, codes, parsed, all, language));
  }

  /** The answer of each code; a refused person's is its refusal. */
  private Uni<BatchAnswer> answers(
      Agency agency,
      List<String> codes,
      List<Object> parsed,
      Map<Integer, ProblemException> refusals,
      Locale language) {
    List<SubjectCode> asked = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.get(i) instanceof SubjectCode code && !refusals.containsKey(i)) {
        asked.add(code);
      }
    }
    return queries
        .profiles(agency, asked)
        .map(
            profiles -> {
              List<BatchAnswer.Item> items = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                items.add(
                    item(
                        i,
                        codes.get(i),
                        parsed.get(i),
                        profiles,
                        Optional.ofNullable(refusals.get(i)),
                        language));
              }
              return new BatchAnswer(items);
            });
  }

  /**
   * The consent reference of each person of the batch, by index (null where none was given), in the
   * order of the codes.
   */
  private Map<Integer, String> consents(
      BatchQuery batch, List<Object> parsed, String headerConsent) {
    List<Integer> persons = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.get(i) instanceof SubjectCode code && code.person()) {
        persons.add(i);
      }
    }
    boolean header = headerConsent != null && !headerConsent.isBlank();
    if (header && persons.size() > 1) {
      throw new ProblemException(
          QueryProblems.CONSENT_REFERENCE_PER_PERSON,
          new Text("problem.consent-reference-per-person.header", persons.size()));
    }
    Map<Integer, String> consents = new java.util.LinkedHashMap<>();
    Map<String, Integer> firstPerson = new HashMap<>();
    List<Violation> shared = new ArrayList<>();
    for (int index : persons) {
      String consent = batch.consentReferences().get(batch.codes().get(index));
      if (consent == null && header) {
        consent = headerConsent;
      }
      consents.put(index, consent);
      Integer first = consent == null ? null : firstPerson.putIfAbsent(consent.strip(), index);
      if (first != null) {
        shared.add(
            new Violation(
                "/codes/" + index,
                "shared-consent-reference",
                new Text("violation.batch.shared-consent", first)));
      }
    }
    if (!shared.isEmpty()) {
      throw new ProblemException(
          QueryProblems.CONSENT_REFERENCE_PER_PERSON,
          new Text("problem.consent-reference-per-person.shared"),
          shared);
    }
    return consents;
  }

  private BatchAnswer.Item item(
      int index,
      String raw,
      Object parsed,
      Map<String, SubjectProfile> profiles,
      Optional<ProblemException> personRefusal,
      Locale language) {
    String echo = parser.echo(raw);
    if (parsed instanceof ProblemException invalid) {
      return problem(index, echo, invalid, language);
    }
    SubjectCode code = (SubjectCode) parsed;
    if (personRefusal.isPresent()) {
      return problem(index, code.display(), personRefusal.get(), language);
    }
    SubjectProfile profile = profiles.get(code.key());
    if (profile == null) {
      return problem(index, code.display(), QueryProblems.subjectNotFound(), language);
    }
    return new BatchAnswer.Item(index, code.display(), 200, profile, null);
  }

  /** Why a person of the batch is not answered under the person rules, if it is not. */
  private Optional<ProblemException> refusal(Agency agency, String purpose, String consent) {
    try {
      personRules.require(agency, purpose, consent);
      return Optional.empty();
    } catch (ProblemException refused) {
      return Optional.of(refused);
    }
  }

  /**
   * The quota's refusal when fewer persons are left than the batch admits (then none is counted).
   */
  private Uni<Optional<ProblemException>> quotaRefusal(int persons) {
    if (persons == 0) {
      return Uni.createFrom().item(Optional.empty());
    }
    return this.persons
        .count(persons)
        .map(counted -> Optional.<ProblemException>empty())
        .onFailure(ProblemException.class)
        .recoverWithItem(refused -> Optional.of((ProblemException) refused));
  }

  private static BatchAnswer.Item problem(
      int index, String code, ProblemException problem, Locale language) {
    return new BatchAnswer.Item(
        index,
        code,
        problem.type().status(),
        null,
        ProblemResponses.body(problem, language, null, null));
  }
}
