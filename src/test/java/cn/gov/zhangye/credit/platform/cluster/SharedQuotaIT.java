package cn.gov.zhangye.credit.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import cn.gov.zhangye.credit.testing.ChinaDays;
import cn.gov.zhangye.credit.testing.Concurrently;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client's daily quota charged at the same moment through two gateway processes on one
 * database: together they admit exactly the quota, not a call more, not a call less.
 */
class SharedQuotaIT {

  private static final String CLIENT = "demo-agency-basic";
  private static final int PER_DAY = 40;
  private static final int CALLS = 3 * PER_DAY;

  @TempDir Path workingDirectory;

  @Test
  void twoReplicasChargedAtOnceAdmitExactlyTheQuota() throws Exception {
    try (ReplicaPair replicas =
        ReplicaPair.start(
            workingDirectory,
            Map.of(
                "credit.access.demo.enabled", "true",
                "credit.rate-limit.plans.agency-basic.burst", "1000",
                "credit.rate-limit.plans.agency-basic.per-minute", "1000",
                "credit.rate-limit.plans.agency-basic.per-day", String.valueOf(PER_DAY)))) {
      List<GatewayProcess> both = List.of(replicas.first(), replicas.second());
      List<String> tokens = List.of(both.get(0).token(CLIENT), both.get(1).token(CLIENT));
      ChinaDays.awaitTimeLeftToday(Duration.ofMinutes(1));

      List<Integer> statuses =
          Concurrently.run(
              CALLS,
              call -> {
                GatewayProcess replica = both.get(call % 2);
                HttpRequest request =
                    HttpRequest.newBuilder(replica.uri("/api/v1/token-info"))
                        .header("Authorization", "Bearer " + tokens.get(call % 2))
                        .build();
                return GatewayProcess.send(request).statusCode();
              });

      assertEquals(
          Map.of(200, (long) PER_DAY, 429, (long) (CALLS - PER_DAY)),
          new TreeMap<>(
              statuses.stream()
                  .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))),
          "both replicas charge one daily quota of " + PER_DAY);
    }
  }
}
