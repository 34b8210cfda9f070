package cn.gov.zhangye.credit.record;

import cn.gov.zhangye.credit.catalog.SubjectKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the other features read of the two credit databases (public API of the record store): a
 * subject's current records (counted, the newest, or a page at a time), the list standing of
 * organisations, a submitter's own record, and the figures of the submission statistics. Only this
 * feature names its tables.
 */
@ApplicationScoped
public class RecordReads {

  private final SubjectRecordsReader subjectRecords;
  private final AcceptedFiguresReader figures;
  private final RecordRepository records;

  @Inject
  RecordReads(
      SubjectRecordsReader subjectRecords,
      AcceptedFiguresReader figures,
      RecordRepository records) {
    this.subjectRecords = subjectRecords;
    this.figures = figures;
    this.records = records;
  }

  /**
   * The current records of these subjects of {@code kind} that {@code selection} keeps: all of them
   * counted by type, and the {@code newest} most recent of each subject (newest decision first).
   */
  public Uni<SubjectRecords> current(
      SubjectKind kind, Collection<Long> subjectIds, RecordSelection selection, int newest) {
    return subjectRecords.current(kind, subjectIds, selection, newest);
  }

  /**
   * At most {@code limit} current records of one subject in {@code range}, newest decision first.
   */
  public Uni<List<CurrentRecord>> page(
      SubjectKind kind, long subjectId, RecordRange range, int limit) {
    return subjectRecords.page(kind, subjectId, range, limit);
  }

  /**
   * At most {@code limit} current records of one subject of {@code typeOrder} still published on
   * {@code today}: by type in that order, each type newest decision first.
   */
  public Uni<List<CurrentRecord>> firstByType(
      SubjectKind kind, long subjectId, List<String> typeOrder, LocalDate today, int limit) {
    return subjectRecords.byType(kind, subjectId, typeOrder, today, limit);
  }

  /**
   * Of these organisations, those with a published record of a {@code readableTypes} type, with
   * their standing on the black and red lists (published records of those types).
   */
  public Uni<Map<Long, ListStanding>> standing(
      Collection<Long> organisationIds,
      Set<String> readableTypes,
      Set<String> blackListTypes,
      Set<String> redListTypes,
      LocalDate today) {
    if (organisationIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return subjectRecords.standing(
        organisationIds, readableTypes, blackListTypes, redListTypes, today);
  }

  /** The record {@code (recordType, sourceRef)} of {@code clientId} with its history. */
  public Uni<Optional<RecordView>> submitted(String clientId, String recordType, String sourceRef) {
    return records.find(clientId, recordType, sourceRef);
  }

  /**
   * The versions accepted in {@code [start, end)} per group of {@code grouping}, then over all;
   * {@code timelinessLimit} in working days.
   */
  public Uni<List<AcceptedFigures>> acceptedFigures(
      AcceptedFigures.Grouping grouping,
      OffsetDateTime start,
      OffsetDateTime end,
      int timelinessLimit) {
    return figures.read(grouping, start, end, timelinessLimit);
  }
}
