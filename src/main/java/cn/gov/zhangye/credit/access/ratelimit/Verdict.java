package cn.gov.zhangye.credit.access.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a caller's bucket said to a charge of {@code units} (0 for a look that charges nothing):
 * allowed or not, the state of each window after it, and for a refusal when to retry (empty when
 * the charge exceeds a whole window and can never pass).
 */
public record Verdict(
    Plan plan,
    long units,
    boolean allowed,
    OptionalLong retryAfterSeconds,
    List<WindowState> windows) {

  public Verdict {
    windows = List.copyOf(windows);
  }

  static Verdict charged(Plan plan, long units, VerboseResult<ConsumptionProbe> result) {
    List<WindowState> windows = windows(plan, result);
    ConsumptionProbe probe = result.getValue();
    if (probe.isConsumed()) {
      return new Verdict(plan, units, true, OptionalLong.empty(), windows);
    }
    long wait = probe.getNanosToWaitForRefill();
    Verdict refused = new Verdict(plan, units, false, OptionalLong.empty(), windows);
    if (wait == Long.MAX_VALUE) {
      return refused;
    }
    // Retry-After must not end before the effective window the RateLimit field reports.
    long seconds = Math.max(Seconds.ceil(wait), refused.binding().secondsToReset());
    return new Verdict(plan, units, false, OptionalLong.of(Math.max(1, seconds)), windows);
  }

  static Verdict looked(Plan plan, VerboseResult<?> result) {
    return new Verdict(plan, 0, true, OptionalLong.empty(), windows(plan, result));
  }

  /** This state refusing {@code units} that no window of the plan could ever hold at once. */
  Verdict refusing(long units) {
    return new Verdict(plan, units, false, OptionalLong.empty(), windows);
  }

  /**
   * The window the {@code RateLimit} field reports. For a refusal, the window short of the units
   * that is whole again last; otherwise the one with the fewest units left, the longer one on a
   * tie.
   */
  public WindowState binding() {
    if (allowed) {
      return windows.stream()
          .min(
              Comparator.comparingLong(WindowState::remaining)
                  .thenComparing(WindowState::resetsAt, Comparator.reverseOrder()))
          .orElseThrow();
    }
    return windows.stream()
        .filter(window -> window.remaining() < units)
        .max(Comparator.comparing(WindowState::resetsAt))
        .orElseThrow();
  }

  private static List<WindowState> windows(Plan plan, VerboseResult<?> result) {
    long[] remaining = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
    Instant now = Instant.ofEpochSecond(0, result.getOperationTimeNanos());
    List<WindowState> windows = new ArrayList<>();
    for (Window window : Window.values()) {
      windows.add(WindowState.of(window, plan.quota(window), remaining[window.ordinal()], now));
    }
    return windows;
  }
}
