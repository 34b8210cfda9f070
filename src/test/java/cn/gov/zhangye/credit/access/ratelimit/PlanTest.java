package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlanTest {

  @Test
  void everyLimitIsAtLeastOne() {
    for (long[] limits : new long[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, -5}}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new Plan("broken", limits[0], limits[1], limits[2]));
    }
  }

  @Test
  void oneCallCostsAtMostTheSmallestWindow() {
    assertEquals(20, new Plan("agency-basic", 20, 600, 50000).largestCost());
    assertEquals(5, new Plan("odd", 20, 600, 5).largestCost());
  }

  @Test
  void aChangedPlanCountsInANewBucket() {
    Caller caller = new Caller(Caller.Kind.CLIENT, "demo-agency", null);
    assertNotEquals(
        new Plan("agency-basic", 20, 600, 50000).bucketKey(caller),
        new Plan("agency-basic", 20, 600, 60000).bucketKey(caller));
    assertNotEquals(
        new Plan("agency-basic", 20, 600, 50000).bucketKey(caller),
        new Plan("agency-plus", 20, 600, 50000).bucketKey(caller));
  }
}
