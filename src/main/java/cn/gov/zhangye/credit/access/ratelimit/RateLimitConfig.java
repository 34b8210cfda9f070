package cn.gov.zhangye.credit.access.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rate-limit plans and the proxies trusted to name the client address. */
@ConfigMapping(prefix = "credit.rate-limit")
public interface RateLimitConfig {

  /** Off: no plan is enforced and no rate-limit fields are sent. */
  @WithDefault("true")
  boolean enabled();

  /** The plans by name; {@code anonymous} applies to every caller without a token. */
  Map<String, PlanLimits> plans();

  /**
   * Address ranges (CIDR) of the proxies whose {@code X-Forwarded-For} is believed; none by
   * default.
   */
  Optional<List<String>> trustedProxies();

  /** The three windows of one plan, in units (one call costs one unit unless it says more). */
  interface PlanLimits {

    /** Units per second, refilled continuously: the largest burst. */
    long burst();

    /** Units per clock minute. */
    long perMinute();

    /** Units per day, from midnight China Standard Time. */
    long perDay();
  }
}
