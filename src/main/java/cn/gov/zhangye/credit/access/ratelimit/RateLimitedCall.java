package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate-limited operation being served: who calls, what it has been charged, and the last word
 * of the caller's bucket, which the answer carries in its rate-limit fields.
 */
@RequestScoped
public class RateLimitedCall {

  private final RateLimiter limiter;
  private final boolean enforced;
  private Caller caller;
  private Verdict verdict;
  private long charged;

  @Inject
  RateLimitedCall(
      RateLimiter limiter, @ConfigProperty(name = "credit.rate-limit.enabled") boolean enforced) {
    this.limiter = limiter;
    this.enforced = enforced;
  }

  public Caller caller() {
    if (caller == null) {
      throw new IllegalStateException("Only an operation under /api/v1 has a rate-limited caller");
    }
    return caller;
  }

  /** Whether plans are enforced ({@code credit.rate-limit.enabled}). */
  public boolean enforced() {
    return enforced;
  }

  /**
   * Brings the charge of this call to {@code units} in total, for an operation whose cost depends
   * on its input: a batch of n queries calls {@code costs(n)}, and the unit its annotation already
   * took counts towards them and stays taken. Fails with the {@code rate-limited} problem when the
   * plan does not allow the rest now, or never would allow {@code units} in one call.
   */
  public Uni<Void> costs(long units) {
    long more = units - charged;
    if (!enforced || more <= 0) {
      return Uni.createFrom().voidItem();
    }
    Uni<Verdict> charge =
        units > caller().plan().largestCost()
            ? limiter.look(caller()).map(now -> now.refusing(units))
            : limiter.charge(caller(), more);
    return charge
        .invoke(this::record)
        .map(
            verdict -> {
              if (!verdict.allowed()) {
                throw RateLimitProblems.refused(verdict);
              }
              charged += more;
              return null;
            });
  }

  /** The caller's windows now, charging nothing; the answer carries them when plans apply. */
  public Uni<Verdict> look() {
    return limiter.look(caller()).invoke(this::record);
  }

  Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  void begin(Caller caller) {
    this.caller = caller;
  }

  private void record(Verdict verdict) {
    if (enforced) {
      this.verdict = verdict;
    }
  }
}
