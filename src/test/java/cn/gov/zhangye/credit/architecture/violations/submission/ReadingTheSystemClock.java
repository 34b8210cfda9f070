package cn.gov.zhangye.credit.architecture.violations.submission;

import java.time.Instant;

/** Breaks "only the clock bean reads the system clock". */
public class ReadingTheSystemClock {
  public Instant now() {
    return Instant.now();
  }
}
