package cn.gov.zhangye.credit.record;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums the versions recorded in a period per group in one statement: the groups and, by a grouping
 * set, the totals over all of them (a median over all versions, not over the groups).
 */
@ApplicationScoped
class AcceptedFiguresReader {

  // $1, $2: the period as [start, end); $3: the timeliness limit in working days.
  private static final String FIGURES =
      """
      SELECT key, GROUPING(key) = 1 AS total,
             coalesce(sum(created), 0) AS created, coalesce(sum(corrected), 0) AS corrected,
             count(working_days) AS measured, avg(working_days)::float8 AS average_days,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days) AS median_days,
             count(*) FILTER (WHERE working_days <= $3) AS within_limit
        FROM (SELECT r.%s AS key, (v.change = 'CREATED')::int AS created,
                     (v.change = 'CORRECTED')::int AS corrected, v.working_days
                FROM credit_record_version v JOIN credit_record r ON r.id = v.record_id
               WHERE v.change IN ('CREATED', 'CORRECTED')
                 AND v.recorded_at >= $1 AND v.recorded_at < $2) facts
       GROUP BY GROUPING SETS ((key), ())
      """;

  private final Pool database;

  @Inject
  AcceptedFiguresReader(Pool database) {
    this.database = database;
  }

  Uni<List<AcceptedFigures>> read(
      AcceptedFigures.Grouping grouping,
      OffsetDateTime start,
      OffsetDateTime end,
      int timelinessLimit) {
    return database
        .preparedQuery(FIGURES.formatted(grouping.column()))
        .execute(Tuple.of(start, end, timelinessLimit))
        .map(
            rows -> {
              List<AcceptedFigures> figures = new ArrayList<>();
              for (Row row : rows) {
                figures.add(
                    new AcceptedFigures(
                        row.getString("key"),
                        row.getBoolean("total"),
                        row.getLong("created"),
                        row.getLong("corrected"),
                        row.getLong("measured"),
                        row.getDouble("average_days"),
                        row.getDouble("median_days"),
                        row.getLong("within_limit")));
              }
              return figures;
            });
  }
}
