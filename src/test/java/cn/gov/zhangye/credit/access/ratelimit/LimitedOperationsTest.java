package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.catalog.CatalogResource;
import cn.gov.zhangye.credit.platform.problem.ProblemProbeResource;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LimitedOperationsTest {

  @Test
  void everyOperationUnderApiV1CostsOneUnitUnlessItSaysOtherwise() throws NoSuchMethodException {
    assertEquals(OptionalLong.of(1), cost(CatalogResource.class, "catalog"));
    assertEquals(OptionalLong.of(1), cost(RateLimitProbeResource.class, "plain"));
    assertEquals(OptionalLong.of(3), cost(RateLimitProbeResource.class, "costly"));
    assertEquals(OptionalLong.of(0), cost(QuotaResource.class, "quota"));
  }

  @Test
  void operationsElsewhereAreNotLimited() throws NoSuchMethodException {
    assertEquals(OptionalLong.empty(), cost(ProblemProbeResource.class, "failure"));
  }

  private static OptionalLong cost(Class<?> resource, String method) throws NoSuchMethodException {
    return LimitedOperations.costOf(resource, resource.getMethod(method));
  }
}
