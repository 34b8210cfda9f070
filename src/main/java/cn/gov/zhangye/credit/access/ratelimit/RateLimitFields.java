package cn.gov.zhangye.credit.access.ratelimit;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The response fields of draft-ietf-httpapi-ratelimit-headers-11, both Structured Field Lists of
 * Items whose value is the policy name as an sf-string: {@code RateLimit-Policy} gives each
 * window's quota ({@code q}) and length in seconds ({@code w}), {@code RateLimit} the units left
 * ({@code r}) and the seconds until the window is whole again ({@code t}) of the binding window.
 */
final class RateLimitFields {

  static final String POLICY = "RateLimit-Policy";
  static final String LIMIT = "RateLimit";

  private RateLimitFields() {}

  static String policy(Plan plan) {
    return Stream.of(Window.values())
        .map(
            window ->
                "\"%s\";q=%d;w=%d".formatted(window.policy(), plan.quota(window), window.seconds()))
        .collect(Collectors.joining(", "));
  }

  static String limit(Verdict verdict) {
    WindowState binding = verdict.binding();
    return "\"%s\";r=%d;t=%d"
        .formatted(binding.window().policy(), binding.remaining(), binding.secondsToReset());
  }
}
