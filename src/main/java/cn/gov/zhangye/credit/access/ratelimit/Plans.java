package cn.gov.zhangye.credit.access.ratelimit;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** The configured plans, checked at start: a plan with a limit below one stops the gateway. */
@Startup
@Singleton
public class Plans {

  public static final String ANONYMOUS = "anonymous";

  private static final Logger LOG = Logger.getLogger(Plans.class);

  private final Map<String, Plan> plans = new TreeMap<>();
  private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

  @Inject
  Plans(RateLimitConfig config) {
    config
        .plans()
        .forEach(
            (name, limits) ->
                plans.put(
                    name,
                    new Plan(
                        name,
                        limits.burst(),
                        limits.perMinute(),
                        limits.perDay(),
                        limits.personQueriesPerDay())));
    if (!plans.containsKey(ANONYMOUS)) {
      throw new IllegalStateException(
          "credit.rate-limit.plans.anonymous is missing: callers without a token need a plan");
    }
  }

  /** The plan names, for checking a client's plan when it is registered. */
  public Set<String> names() {
    return Collections.unmodifiableSet(plans.keySet());
  }

  public Plan anonymous() {
    return plans.get(ANONYMOUS);
  }

  /**
   * The plan {@code name} of a client. A client without a known plan gets the anonymous limits
   * (under its own key), and the gap is logged once per name.
   */
  public Plan ofClient(Optional<String> name) {
    Plan plan = name.map(plans::get).orElse(null);
    if (plan != null) {
      return plan;
    }
    String missing = name.orElse("(none)");
    if (reportedUnknown.add(missing)) {
      LOG.warnf(
          "A client token names the plan %s, which is not configured: anonymous limits apply",
          missing);
    }
    return anonymous();
  }
}
