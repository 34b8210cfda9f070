package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.ratelimit.PersonQueryQuota;
import cn.gov.zhangye.credit.access.ratelimit.RateLimitedCall;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts the persons of a query against the calling agency's daily person-query quota ({@link
 * PersonQueryQuota}), once the person rules ({@link PersonQueryRules}) have let each of them
 * through.
 */
@ApplicationScoped
public class PersonQueryGate {

  private final PersonQueryQuota quota;
  private final RateLimitedCall call;

  @Inject
  PersonQueryGate(PersonQueryQuota quota, RateLimitedCall call) {
    this.quota = quota;
    this.call = call;
  }

  /**
   * Counts {@code persons} persons, each already let through by the person rules, against the
   * quota; fails with the quota's 429 (counting none) when fewer are left.
   */
  public Uni<Void> count(int persons) {
    return quota.charge(call.caller(), persons);
  }
}
