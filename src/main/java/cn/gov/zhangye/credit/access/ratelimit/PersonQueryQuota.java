package cn.gov.zhangye.credit.access.ratelimit;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * The daily person-query quota of a client's plan ({@code person-queries-per-day}): the persons it
 * queried today (China time) are counted in the database, so that every replica counts against the
 * same number and a restart forgets nothing. A query of more persons than are left is refused as a
 * whole with the {@value #TYPE_NAME} problem and a {@code Retry-After} until midnight China time.
 * Each person admitted counts in the metric {@code credit_person_queries_total{agency}}.
 */
@ApplicationScoped
public class PersonQueryQuota {

  static final String TYPE_NAME = "person-query-quota-exhausted";
  public static final ProblemType EXHAUSTED = new ProblemType(TYPE_NAME, 429);

  static final String METRIC = "credit.person.queries";

  private final Pool database;
  private final Clock clock;
  private final MeterRegistry metrics;

  @Inject
  PersonQueryQuota(Pool database, Clock clock, MeterRegistry metrics) {
    this.database = database;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Counts {@code persons} person queries of {@code caller} today.
   *
   * @throws ProblemException 429 {@value #TYPE_NAME} when its plan's quota has fewer left
   */
  public Uni<Void> charge(Caller caller, int persons) {
    OptionalLong quota = caller.plan().personQueriesPerDay();
    if (persons < 1) {
      return Uni.createFrom().voidItem();
    }
    if (quota.isEmpty()) {
      counted(caller, persons);
      return Uni.createFrom().voidItem();
    }
    LocalDate today = ChinaTime.today(clock);
    return database
        .preparedQuery(
            "INSERT INTO person_query_count (client_id, day, queries) SELECT $1, $2, $3"
                + " WHERE $3 <= $4 ON CONFLICT (client_id, day) DO UPDATE"
                + " SET queries = person_query_count.queries + EXCLUDED.queries"
                + " WHERE person_query_count.queries + EXCLUDED.queries <= $4 RETURNING queries")
        .execute(Tuple.of(caller.id(), today, (long) persons, quota.getAsLong()))
        .map(
            rows -> {
              if (rows.rowCount() == 0) {
                throw exhausted(caller.plan(), quota.getAsLong(), today);
              }
              counted(caller, persons);
              return null;
            });
  }

  private void counted(Caller caller, int persons) {
    Counter.builder(METRIC)
        .description("Persons queried, per agency (client id)")
        .tag("agency", caller.id())
        .register(metrics)
        .increment(persons);
  }

  private ProblemException exhausted(Plan plan, long quota, LocalDate today) {
    Duration untilMidnight =
        Duration.between(clock.instant(), ChinaTime.startOf(today.plusDays(1)));
    long retryAfter = Math.max(1, Seconds.ceil(untilMidnight));
    return ProblemException.retryLater(
        EXHAUSTED,
        new Text("problem.person-query-quota-exhausted.detail", plan.name(), quota, retryAfter),
        Duration.ofSeconds(retryAfter));
  }
}
