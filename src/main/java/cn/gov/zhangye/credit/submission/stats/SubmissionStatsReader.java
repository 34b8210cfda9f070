package cn.gov.zhangye.credit.submission.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums accepted and rejected records of a period per group in one statement: the groups and, by a
 * grouping set, the totals over all of them (a median over all records, not over the groups).
 */
@ApplicationScoped
class SubmissionStatsReader {

  // $1, $2: the period as [start, end); $3: the timeliness limit in working days.
  private static final String FIGURES =
      """
      WITH facts AS (
        SELECT %1$s AS key, (v.change = 'CREATED')::int AS created,
               (v.change = 'CORRECTED')::int AS corrected, 0 AS rejected, v.working_days
          FROM credit_record_version v JOIN credit_record r ON r.id = v.record_id
         WHERE v.change IN ('CREATED', 'CORRECTED') AND v.recorded_at >= $1 AND v.recorded_at < $2
        UNION ALL
        SELECT %2$s, 0, 0, 1, NULL
          FROM submission_error e JOIN submission s ON s.id = e.submission_id
         WHERE e.recorded_at >= $1 AND e.recorded_at < $2
         GROUP BY e.submission_id, e.record_index, s.client_id
      ), figures AS (
        SELECT key, GROUPING(key) = 1 AS total,
               coalesce(sum(created), 0) AS created, coalesce(sum(corrected), 0) AS corrected,
               coalesce(sum(rejected), 0) AS rejected, count(working_days) AS measured,
               avg(working_days)::float8 AS average_days,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days) AS median_days,
               count(*) FILTER (WHERE working_days <= $3) AS within_limit
          FROM facts
         GROUP BY GROUPING SETS ((key), ())
      )
      SELECT f.*, %3$s AS client_name FROM figures f %4$s
       ORDER BY f.total, f.key NULLS LAST
      """;

  private final Pool database;

  @Inject
  SubmissionStatsReader(Pool database) {
    this.database = database;
  }

  /** The figures of every group with records in {@code period}, then the totals. */
  Uni<List<GroupCounts>> read(Grouping grouping, StatsPeriod period, int timelinessLimit) {
    boolean byClient = grouping == Grouping.SOURCE;
    String sql =
        FIGURES.formatted(
            grouping.acceptedKey(),
            grouping.rejectedKey(),
            byClient ? "c.display_name" : "NULL::text",
            byClient ? "LEFT JOIN client c ON c.id = f.key" : "");
    return database
        .preparedQuery(sql)
        .execute(Tuple.of(period.start(), period.end(), timelinessLimit))
        .map(
            rows -> {
              List<GroupCounts> groups = new ArrayList<>();
              for (Row row : rows) {
                groups.add(counts(row));
              }
              return groups;
            });
  }

  private static GroupCounts counts(Row row) {
    return new GroupCounts(
        row.getString("key"),
        row.getBoolean("total"),
        row.getString("client_name"),
        row.getLong("created"),
        row.getLong("corrected"),
        row.getLong("rejected"),
        row.getLong("measured"),
        row.getDouble("average_days"),
        row.getDouble("median_days"),
        row.getLong("within_limit"));
  }
}
