package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowTest {

  private static final Instant NOW = Instant.parse("2026-05-23T07:30:18.250Z");

  @Test
  void theMinuteIsWholeAgainAtTheNextClockMinute() {
    assertEquals(Instant.parse("2026-05-23T07:31:00Z"), Window.MINUTE.resetsAt(120, 3, NOW));
    assertEquals(
        Instant.parse("2026-05-23T07:32:00Z"),
        Window.MINUTE.resetsAt(120, 0, Instant.parse("2026-05-23T07:31:00Z")));
  }

  @Test
  void theDayIsWholeAgainAtMidnightChinaStandardTime() {
    assertEquals(Instant.parse("2026-05-23T16:00:00Z"), Window.DAY.resetsAt(5000, 0, NOW));
    assertEquals(
        Instant.parse("2026-05-24T16:00:00Z"),
        Window.DAY.resetsAt(5000, 0, Instant.parse("2026-05-23T16:00:00Z")));
  }

  @Test
  void theBurstRefillsContinuously() {
    assertEquals(NOW.plusMillis(250), Window.BURST.resetsAt(20, 15, NOW));
    assertEquals(NOW, Window.BURST.resetsAt(20, 20, NOW));
  }

  @Test
  void secondsToResetAreRoundedUp() {
    assertEquals(42, WindowState.of(Window.MINUTE, 120, 3, NOW).secondsToReset());
    assertEquals(1, WindowState.of(Window.BURST, 20, 19, NOW).secondsToReset());
    assertEquals(0, WindowState.of(Window.BURST, 20, 20, NOW).secondsToReset());
    assertEquals(30582, WindowState.of(Window.DAY, 5000, 4630, NOW).secondsToReset());
  }
}
