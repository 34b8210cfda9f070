package cn.gov.zhangye.credit.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Two packaged gateways on one embedded PostgreSQL, formed into one cluster, for process tests of
 * what replicas share. Closed, it stops both and the database.
 */
final class ReplicaPair implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(90);
  private static final String SECRET = "the-pair-s-cluster-secret-0123456789abcdef";

  private final EmbeddedDatabase database;
  private final GatewayProcess first;
  private final GatewayProcess second;

  private ReplicaPair(EmbeddedDatabase database, GatewayProcess first, GatewayProcess second) {
    this.database = database;
    this.first = first;
    this.second = second;
  }

  /** Starts both with {@code settings} besides the cluster's, and waits until each sees both. */
  static ReplicaPair start(Path workingDirectory, Map<String, String> settings) throws Exception {
    EmbeddedDatabase database =
        EmbeddedDatabase.start(
            workingDirectory.resolve("db"), FreePort.find(), Duration.ofSeconds(60));
    GatewayProcess first = null;
    GatewayProcess second = null;
    try {
      first = GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, settings));
      // The first replica generates the signing key into the shared key directory.
      assertTrue(first.awaitReady(START), first.output());
      second = GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, settings));
      assertTrue(second.awaitReady(START), second.output());
      for (GatewayProcess replica : new GatewayProcess[] {first, second}) {
        assertTrue(
            replica.awaitBody("/q/health/ready", "\"members\": 2", START),
            "each replica sees both: " + replica.body("/q/health/ready"));
      }
      return new ReplicaPair(database, first, second);
    } catch (Exception | AssertionError failed) {
      new ReplicaPair(database, first, second).close();
      throw failed;
    }
  }

  GatewayProcess first() {
    return first;
  }

  GatewayProcess second() {
    return second;
  }

  @Override
  public void close() throws Exception {
    try (database) {
      for (GatewayProcess replica : new GatewayProcess[] {second, first}) {
        if (replica != null) {
          replica.close();
        }
      }
    }
  }

  private static Map<String, String> replica(
      EmbeddedDatabase database, Map<String, String> settings) {
    Map<String, String> replica = new HashMap<>(database.datasourceProperties());
    replica.put("credit.cluster.enabled", "true");
    replica.put("credit.cluster.secret", SECRET);
    replica.put("credit.cluster.bind-address", "LOOPBACK");
    replica.put("credit.cluster.bind-port", String.valueOf(FreePort.find()));
    replica.put("java.net.preferIPv4Stack", "true");
    replica.putAll(settings);
    return replica;
  }
}
