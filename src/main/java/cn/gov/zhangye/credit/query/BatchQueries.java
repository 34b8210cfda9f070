package cn.gov.zhangye.credit.query;

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
import java.util.function.Consumer;

/**
 * A batch query (批量查询): up to {@code credit.query.max-batch-size} distinct codes, each answered as
 * a single query would be, in one answer. Person codes follow the person rules, judged once for the
 * call, and each counts against the daily person-query quota; when the rules or the quota refuse
 * them, every person code gets that problem and the others are answered.
 */
@ApplicationScoped
class BatchQueries {

  private final SubjectCodeParser parser;
  private final PersonQueryGate persons;
  private final SubjectQueries queries;
  private final int maxBatchSize;

  @Inject
  BatchQueries(
      SubjectCodeParser parser,
      PersonQueryGate persons,
      SubjectQueries queries,
      QueryConfig config) {
    this.parser = parser;
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

  /** The answers for {@code codes}, checked by {@link #codes}; {@code audit} gets their keys. */
  Uni<BatchAnswer> answer(
      Agency agency,
      List<String> codes,
      String purpose,
      String consentReference,
      Locale language,
      Consumer<String> audit) {
    List<Object> parsed = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        SubjectCode subject = parser.parse(codes.get(i));
        parsed.add(subject);
        keys.add(subject.key());
      } catch (ProblemException invalid) {
        parsed.add(
            new ProblemException(
                invalid.type(), invalid.detail(), parser.defects(codes.get(i), "/codes/" + i)));
      }
    }
    audit.accept(keys.isEmpty() ? null : String.join(" ", keys));
    int personCount =
        (int)
            parsed.stream()
                .filter(item -> item instanceof SubjectCode code && code.person())
                .count();
    return refusal(agency, purpose, consentReference, personCount)
        .chain(personRefusal -> answers(agency, codes, parsed, personRefusal, language));
  }

  /** The answer of each code; the persons' is {@code personRefusal} when there is one. */
  private Uni<BatchAnswer> answers(
      Agency agency,
      List<String> codes,
      List<Object> parsed,
      Optional<ProblemException> personRefusal,
      Locale language) {
    List<SubjectCode> asked =
        parsed.stream()
            .filter(
                item ->
                    item instanceof SubjectCode code
                        && !(code.person() && personRefusal.isPresent()))
            .map(SubjectCode.class::cast)
            .toList();
    return queries
        .profiles(agency, asked)
        .map(
            profiles -> {
              List<BatchAnswer.Item> items = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                items.add(item(i, codes.get(i), parsed.get(i), profiles, personRefusal, language));
              }
              return new BatchAnswer(items);
            });
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
    if (code.person() && personRefusal.isPresent()) {
      return problem(index, code.display(), personRefusal.get(), language);
    }
    SubjectProfile profile = profiles.get(code.key());
    if (profile == null) {
      return problem(index, code.display(), QueryProblems.subjectNotFound(), language);
    }
    return new BatchAnswer.Item(index, code.display(), 200, profile, null);
  }

  /**
   * Why the batch's persons are not answered, if they are not: the person rules, or a quota with
   * fewer persons left than the batch asks for (then none of them is counted).
   */
  private Uni<Optional<ProblemException>> refusal(
      Agency agency, String purpose, String consent, int persons) {
    if (persons == 0) {
      return Uni.createFrom().item(Optional.empty());
    }
    return this.persons
        .admit(agency, purpose, consent, persons)
        .map(admitted -> Optional.<ProblemException>empty())
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
