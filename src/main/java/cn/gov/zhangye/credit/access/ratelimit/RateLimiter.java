package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Charges callers against their plan, and tells them where they stand. */
@ApplicationScoped
public class RateLimiter {

  private final Buckets buckets;

  @Inject
  RateLimiter(Buckets buckets) {
    this.buckets = buckets;
  }

  /**
   * Takes {@code units} from every window of the caller's plan if each has that many left;
   * otherwise takes nothing and says when to retry.
   */
  public Uni<Verdict> charge(Caller caller, long units) {
    if (units < 1) {
      throw new IllegalArgumentException("A charge is at least one unit, not " + units);
    }
    Plan plan = caller.plan();
    return buckets
        .apply(
            plan.bucketKey(caller),
            plan::bucketConfiguration,
            bucket -> bucket.asVerbose().tryConsumeAndReturnRemaining(units))
        .map(result -> Verdict.charged(plan, units, result));
  }

  /** The caller's windows now, charging nothing. */
  public Uni<Verdict> look(Caller caller) {
    Plan plan = caller.plan();
    return buckets
        .apply(
            plan.bucketKey(caller),
            plan::bucketConfiguration,
            bucket -> bucket.asVerbose().getAvailableTokens())
        .map(result -> Verdict.looked(plan, result));
  }
}
