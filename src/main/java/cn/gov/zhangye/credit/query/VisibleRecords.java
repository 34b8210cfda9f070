package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.record.CurrentRecord;
import cn.gov.zhangye.credit.record.RecordRange;
import cn.gov.zhangye.credit.record.RecordReads;
import cn.gov.zhangye.credit.record.RecordTally;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records of a subject an agency may see, read a bounded number at a time: from the cached
 * snapshot when it holds all of the subject's records, else from the record store, the agency's
 * visibility applied in the read. No call reads more records than it was asked for.
 */
@ApplicationScoped
public class VisibleRecords {

  private final Visibility visibility;
  private final RecordReads records;
  private final SubjectCodes codes;

  @Inject
  VisibleRecords(Visibility visibility, RecordReads records, SubjectCodes codes) {
    this.visibility = visibility;
    this.records = records;
    this.codes = codes;
  }

  /** How many records of {@code subject} {@code agency} may see. */
  public int count(SubjectSnapshot subject, Agency agency) {
    return visibility.visibleTallies(subject, agency).stream().mapToInt(RecordTally::count).sum();
  }

  /** Whether {@code agency} may see records of {@code subject} that its snapshot does not hold. */
  boolean partial(SubjectSnapshot subject, Agency agency) {
    return subject.truncated()
        && count(subject, agency) > visibility.visible(subject, agency).size();
  }

  /**
   * At most {@code limit} visible records of {@code subject} that {@code filter} accepts, after
   * {@code after}, newest decision first.
   */
  Uni<List<CurrentRecord>> page(
      SubjectSnapshot subject,
      Agency agency,
      RecordFilter filter,
      Optional<RecordKey> after,
      int limit) {
    if (!subject.truncated()) {
      return Uni.createFrom()
          .item(
              visibility.visible(subject, agency).stream()
                  .filter(filter::accepts)
                  .filter(record -> after.map(key -> key.isFollowedBy(record)).orElse(true))
                  .limit(limit)
                  .toList());
    }
    Set<String> types =
        (filter.type() == null ? visibility.readableTypes(agency) : List.of(filter.type()))
            .stream()
                .filter(type -> visibility.mayRead(agency, type))
                .collect(Collectors.toUnmodifiableSet());
    if (types.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return records.page(
        subject.kind(),
        subject.subjectId(),
        new RecordRange(
            types, codes.today(), filter.from(), filter.to(), after.map(RecordKey::position)),
        limit);
  }

  /**
   * At most {@code limit} visible records of {@code subject}: by type in {@code typeOrder} (types
   * it does not name left out), each type newest decision first.
   */
  public Uni<List<CurrentRecord>> firstByType(
      SubjectSnapshot subject, Agency agency, List<String> typeOrder, int limit) {
    List<String> readable =
        typeOrder.stream().filter(type -> visibility.mayRead(agency, type)).toList();
    if (!subject.truncated()) {
      Map<String, Integer> order =
          readable.stream().collect(Collectors.toMap(Function.identity(), readable::indexOf));
      return Uni.createFrom()
          .item(
              visibility.visible(subject, agency).stream()
                  .filter(record -> order.containsKey(record.recordType()))
                  .sorted(Comparator.comparingInt(record -> order.get(record.recordType())))
                  .limit(limit)
                  .toList());
    }
    if (readable.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return records.firstByType(subject.kind(), subject.subjectId(), readable, codes.today(), limit);
  }
}
