package cn.gov.zhangye.credit.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two gateway processes on one PostgreSQL form one Infinispan cluster through JDBC_PING2. */
class ClusterIT {

  private static final Duration START = Duration.ofSeconds(90);

  @TempDir Path workingDirectory;

  @Test
  void twoReplicasOnOneDatabaseFindEachOther() throws Exception {
    try (EmbeddedDatabase database =
            EmbeddedDatabase.start(
                workingDirectory.resolve("db"), FreePort.find(), Duration.ofSeconds(60));
        GatewayProcess first =
            GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, 7811));
        GatewayProcess second =
            GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, 7831))) {
      assertTrue(first.awaitReady(START), first.output());
      assertTrue(second.awaitReady(START), second.output());
      assertTrue(
          first.awaitBody("/q/health/ready", "\"members\": 2", START),
          "the first replica sees both: " + first.body("/q/health/ready"));
      assertTrue(
          second.awaitBody("/q/health/ready", "\"members\": 2", START),
          "the second replica sees both: " + second.body("/q/health/ready"));
    }
  }

  private static Map<String, String> replica(EmbeddedDatabase database, int jgroupsPort) {
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    settings.put("credit.cluster.enabled", "true");
    settings.put("credit.cluster.bind-address", "LOOPBACK");
    settings.put("credit.cluster.bind-port", String.valueOf(jgroupsPort));
    settings.put("java.net.preferIPv4Stack", "true");
    return settings;
  }
}
