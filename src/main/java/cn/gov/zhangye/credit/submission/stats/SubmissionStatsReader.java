package cn.gov.zhangye.credit.submission.stats;

import cn.gov.zhangye.credit.access.client.ClientDirectory;
import cn.gov.zhangye.credit.record.AcceptedFigures;
import cn.gov.zhangye.credit.record.RecordReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a period per group and over all groups: accepted versions from the record store,
 * rejected records from the submissions' own errors (each statement with a grouping set for the
 * totals), and the sources' names from the client registry.
 */
@ApplicationScoped
class SubmissionStatsReader {

  // $1, $2: the period as [start, end).
  private static final String REJECTED =
      """
      SELECT key, GROUPING(key) = 1 AS total, count(*) AS rejected
        FROM (SELECT %s AS key
                FROM submission_error e JOIN submission s ON s.id = e.submission_id
               WHERE e.recorded_at >= $1 AND e.recorded_at < $2
               GROUP BY e.submission_id, e.record_index, s.client_id) refused
       GROUP BY GROUPING SETS ((key), ())
      """;

  private static final Comparator<GroupCounts> TOTAL_LAST_THEN_KEY =
      Comparator.comparing(GroupCounts::total)
          .thenComparing(GroupCounts::key, Comparator.nullsLast(Comparator.naturalOrder()));

  private final Pool database;
  private final RecordReads records;
  private final ClientDirectory clients;

  @Inject
  SubmissionStatsReader(Pool database, RecordReads records, ClientDirectory clients) {
    this.database = database;
    this.records = records;
    this.clients = clients;
  }

  /** The figures of every group with records in {@code period}, then the totals. */
  Uni<List<GroupCounts>> read(Grouping grouping, StatsPeriod period, int timelinessLimit) {
    return records
        .acceptedFigures(grouping.accepted(), period.start(), period.end(), timelinessLimit)
        .flatMap(
            accepted ->
                rejected(grouping, period)
                    .flatMap(
                        rejected -> {
                          List<GroupCounts> merged = merge(accepted, rejected);
                          return grouping == Grouping.SOURCE
                              ? named(merged)
                              : Uni.createFrom().item(merged);
                        }));
  }

  private Uni<Map<Group, Long>> rejected(Grouping grouping, StatsPeriod period) {
    return database
        .preparedQuery(REJECTED.formatted(grouping.rejectedKey()))
        .execute(Tuple.of(period.start(), period.end()))
        .map(
            rows -> {
              Map<Group, Long> rejected = new HashMap<>();
              for (Row row : rows) {
                rejected.put(
                    new Group(row.getString("key"), row.getBoolean("total")),
                    row.getLong("rejected"));
              }
              return rejected;
            });
  }

  private static List<GroupCounts> merge(
      List<AcceptedFigures> accepted, Map<Group, Long> rejected) {
    Map<Group, GroupCounts> groups = new HashMap<>();
    for (AcceptedFigures figures : accepted) {
      Group group = new Group(figures.key(), figures.total());
      groups.put(
          group,
          new GroupCounts(
              figures.key(),
              figures.total(),
              null,
              figures.created(),
              figures.corrected(),
              rejected.getOrDefault(group, 0L),
              figures.measured(),
              figures.averageDays(),
              figures.medianDays(),
              figures.withinLimit()));
    }
    rejected.forEach(
        (group, count) ->
            groups.computeIfAbsent(
                group,
                only ->
                    new GroupCounts(
                        only.key(), only.total(), null, 0, 0, count, 0, null, null, 0)));
    return groups.values().stream().sorted(TOTAL_LAST_THEN_KEY).toList();
  }

  private Uni<List<GroupCounts>> named(List<GroupCounts> groups) {
    Set<String> ids =
        groups.stream().map(GroupCounts::key).filter(Objects::nonNull).collect(Collectors.toSet());
    return clients
        .displayNames(ids)
        .map(
            names -> {
              List<GroupCounts> named = new ArrayList<>();
              for (GroupCounts group : groups) {
                named.add(group.named(group.key() == null ? null : names.get(group.key())));
              }
              return named;
            });
  }

  /** A group's key, or the totals. */
  private record Group(String key, boolean total) {}
}
