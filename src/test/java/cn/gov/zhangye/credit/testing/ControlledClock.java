package cn.gov.zhangye.credit.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The gateway's clock in every Quarkus test: the system's time, moved by a test that needs another
 * instant ({@link #set}, {@link #advance}) and put back by it in {@code finally} ({@link #reset}).
 * Replaces the default {@code Clock} bean of {@code platform.time.ClockProducer}.
 */
@Singleton
public class ControlledClock extends Clock {

  private static final Clock SYSTEM = Clock.systemUTC();

  private volatile Duration offset = Duration.ZERO;

  @Override
  public Instant instant() {
    return SYSTEM.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(SYSTEM, offset).withZone(zone);
  }

  /** From now on the clock shows {@code instant}, and goes on from there. */
  public void set(Instant instant) {
    offset = Duration.between(SYSTEM.instant(), instant);
  }

  /** Moves the clock by {@code step}. */
  public void advance(Duration step) {
    offset = offset.plus(step);
  }

  /** Back to the system's time. */
  public void reset() {
    offset = Duration.ZERO;
  }
}
