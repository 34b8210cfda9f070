package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.ratelimit.PersonQueryQuota;
import cn.gov.zhangye.credit.access.ratelimit.RateLimitedCall;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Lets a query of persons through: the person rules first ({@link PersonQueryRules}), then each
 * person counts once against the agency's daily person-query quota ({@link PersonQueryQuota}).
 */
@ApplicationScoped
public class PersonQueryGate {

  private final PersonQueryRules rules;
  private final PersonQueryQuota quota;
  private final RateLimitedCall call;

  @Inject
  PersonQueryGate(PersonQueryRules rules, PersonQueryQuota quota, RateLimitedCall call) {
    this.rules = rules;
    this.quota = quota;
    this.call = call;
  }

  /**
   * Fails with the problem of {@link PersonQueryRules#require} or the quota's 429 when the query of
   * {@code persons} persons by {@code agency} may not go ahead; counts them when it may.
   */
  public Uni<Void> admit(Agency agency, String purpose, String consentReference, int persons) {
    try {
      rules.require(agency, purpose, consentReference);
    } catch (ProblemException refused) {
      return Uni.createFrom().failure(refused);
    }
    return count(persons);
  }

  /**
   * Counts {@code persons} persons, each already let through by the person rules, against the
   * quota; fails with the quota's 429 (counting none) when fewer are left.
   */
  public Uni<Void> count(int persons) {
    return quota.charge(call.caller(), persons);
  }
}
