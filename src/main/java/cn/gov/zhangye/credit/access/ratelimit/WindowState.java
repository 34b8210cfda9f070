package cn.gov.zhangye.credit.access.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * One window of a caller's bucket at one moment: its limit, what is left, and when it is whole
 * again (as an instant and in whole seconds from that moment, rounded up).
 */
public record WindowState(
    Window window, long limit, long remaining, Instant resetsAt, long secondsToReset) {

  static WindowState of(Window window, long limit, long remaining, Instant now) {
    Instant resetsAt = window.resetsAt(limit, remaining, now);
    return new WindowState(
        window,
        limit,
        Math.max(0, remaining),
        resetsAt,
        Seconds.ceil(Duration.between(now, resetsAt)));
  }
}
