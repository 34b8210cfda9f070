package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate-limit plans, the proxies trusted to name the client address, and the limits of the token
 * endpoint.
 */
@ConfigMapping(prefix = "credit.rate-limit")
public interface RateLimitConfig {

  /**
   * Off: no plan is enforced and no rate-limit fields are sent. The limit on failed token requests
   * stays on.
   */
  @WithDefault("true")
  boolean enabled();

  /** The plans by name; {@code anonymous} applies to every caller without a token. */
  Map<String, PlanLimits> plans();

  /**
   * Address ranges (CIDR) of the proxies whose {@code X-Forwarded-For} is believed; none by
   * default.
   */
  Optional<List<String>> trustedProxies();

  /** The brute-force limit on failed token requests. */
  FailedTokenRequests failedTokenRequests();

  /** The limit on successful token requests of one client. */
  TokenRequests tokenRequests();

  /** The three windows of one plan, in units (one call costs one unit unless it says more). */
  interface PlanLimits {

    /** Units per second, refilled continuously: the largest burst. */
    long burst();

    /** Units per clock minute. */
    long perMinute();

    /** Units per day, from midnight China Standard Time. */
    long perDay();

    /**
     * Persons a client of this plan may query per day, from midnight China Standard Time, across
     * every replica; unlimited when not set. Enforced even when plans are not.
     */
    OptionalLong personQueriesPerDay();
  }

  /** How many failed token requests are tolerated, refilled evenly over the period. */
  interface FailedTokenRequests {

    /** Failures tolerated from one address for one client id. */
    @WithDefault("5")
    long perClient();

    /** Failures tolerated from one address whatever the client id. */
    @WithDefault("20")
    long perAddress();

    /** The period over which the tolerance refills. */
    @WithDefault("15M")
    Duration period();
  }

  /** How many tokens one client gets, refilled evenly over the period. */
  interface TokenRequests {

    /** Tokens issued to one client, whatever its address. */
    @WithDefault("30")
    long perClient();

    /** The period over which the budget refills. */
    @WithDefault("1M")
    Duration period();
  }
}
