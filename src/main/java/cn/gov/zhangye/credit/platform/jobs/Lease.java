package cn.gov.zhangye.credit.platform.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A claim on a piece of work by one replica until an instant: the owner writes {@link #owner} and
 * {@link #until} into the work's row, and another replica may take the work over only when {@link
 * #now} of its own lease is past that row's {@code until}. Every check and every renewal in SQL
 * compares with these values, never with the database's {@code now()}, so that the injected clock
 * rules time everywhere.
 */
public record Lease(String owner, Instant now, Instant until) {

  /** {@link #now} as the SQL client binds a {@code timestamptz}. */
  public OffsetDateTime nowUtc() {
    return now.atOffset(ZoneOffset.UTC);
  }

  /** {@link #until} as the SQL client binds a {@code timestamptz}. */
  public OffsetDateTime untilUtc() {
    return until.atOffset(ZoneOffset.UTC);
  }
}
