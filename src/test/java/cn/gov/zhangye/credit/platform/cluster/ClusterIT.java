package cn.gov.zhangye.credit.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import cn.gov.zhangye.credit.testing.TestRecords;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway processes on one PostgreSQL form one encrypted Infinispan cluster through JDBC_PING2:
 * they share rate-limit buckets and see each other's suspensions. A third one with another cluster
 * secret finds them but cannot join: it stays alone and shares nothing.
 */
class ClusterIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final int ANONYMOUS_PER_DAY = 10;
  private static final String SECRET = "cluster-secret-of-the-test-0123456789";
  private static final String OPERATOR = "cluster-operator";
  private static final String OPERATOR_SECRET = "operator-secret";
  private static final String OTHER_SECRET = "another-cluster-secret-9876543210abcd";

  @TempDir Path workingDirectory;

  @Test
  void twoReplicasShareLimitsAndSuspensionsAndOneWithAnotherSecretCannotJoin() throws Exception {
    try (EmbeddedDatabase database =
            EmbeddedDatabase.start(
                workingDirectory.resolve("db"), FreePort.find(), Duration.ofSeconds(60));
        GatewayProcess first =
            GatewayProcess.start(
                workingDirectory,
                FreePort.find(),
                replica(database, 7811, SECRET, workingDirectory))) {
      // The first replica generates the signing key into the shared key directory.
      assertTrue(first.awaitReady(START), first.output());
      try (GatewayProcess second =
          GatewayProcess.start(
              workingDirectory,
              FreePort.find(),
              replica(database, 7831, SECRET, workingDirectory))) {
        assertTrue(second.awaitReady(START), second.output());
        shareState(first, second, workingDirectory.resolve(OPERATOR_SECRET));
        try (GatewayProcess intruder =
            GatewayProcess.start(
                workingDirectory,
                FreePort.find(),
                replica(database, 7851, OTHER_SECRET, workingDirectory))) {
          aReplicaWithAnotherSecretStaysAlone(first, second, intruder);
        }
      }
    }
  }

  @Test
  void aClusteredGatewayWithoutASecretDoesNotStart() throws Exception {
    Map<String, String> settings =
        Map.of(
            "quarkus.datasource.reactive.url", "postgresql://localhost:1/credit",
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:1/credit",
            "quarkus.datasource.username", "credit_app",
            "credit.cluster.enabled", "true");
    try (GatewayProcess gateway =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertEquals(1, gateway.awaitExit(START), gateway.output());
      assertTrue(
          gateway
              .output()
              .contains(
                  "ERROR: The gateway did not start: credit.cluster.enabled is true, but neither"
                      + " credit.cluster.secret nor credit.cluster.secret-file is set"),
          gateway.output());
    }
  }

  private static void shareState(GatewayProcess first, GatewayProcess second, Path operatorSecret)
      throws Exception {
    assertTrue(
        first.awaitBody("/q/health/ready", "\"members\": 2", START),
        "the first replica sees both: " + first.body("/q/health/ready"));
    assertTrue(second.awaitBody("/q/health/ready", "\"members\": 2", START));
    aQueryOnOneSeesWhatWasSubmittedOnTheOther(first, second);
    aSuspensionOnOneIsSeenByTheOther(first, second, Files.readString(operatorSecret).strip());
    togetherTheyAcceptNoMoreThanTheLimit(first, second);
  }

  /**
   * The replicas with the right secret have used up the anonymous daily quota together; the one
   * with another secret still counts alone, and both sides name the reason in their logs.
   */
  private static void aReplicaWithAnotherSecretStaysAlone(
      GatewayProcess first, GatewayProcess second, GatewayProcess intruder) throws Exception {
    assertTrue(intruder.awaitReady(START), intruder.output());
    assertTrue(
        awaitOutput(List.of(first, second, intruder), "another credit.cluster.secret", START),
        "a replica names the foreign key: " + first.output() + intruder.output());
    assertTrue(intruder.body("/q/health/ready").contains("\"members\": 1"), intruder.output());
    assertTrue(first.body("/q/health/ready").contains("\"members\": 2"));
    assertTrue(second.body("/q/health/ready").contains("\"members\": 2"));
    assertEquals(429, get(first, "/api/v1/catalog/record-types", null).statusCode());
    assertEquals(
        200,
        get(intruder, "/api/v1/catalog/record-types", null).statusCode(),
        "the intruder does not share the cluster's buckets");
  }

  private static boolean awaitOutput(List<GatewayProcess> gateways, String text, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (GatewayProcess gateway : gateways) {
        if (gateway.output().contains(text)) {
          return true;
        }
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** B has the subject cached, unknown and then known, when A changes its records. */
  private static void aQueryOnOneSeesWhatWasSubmittedOnTheOther(
      GatewayProcess first, GatewayProcess second) throws Exception {
    String company = TestRecords.newEnterprise("620702");
    String ref = TestRecords.sourceRef("cluster");
    String profile = "/api/v1/subjects/" + company;
    String agency = second.token("demo-agency");
    String department = first.token("demo-department");
    assertEquals(404, get(second, profile, agency).statusCode());

    HttpResponse<String> submitted =
        GatewayProcess.send(
            HttpRequest.newBuilder(first.uri("/api/v1/submissions"))
                .header("Authorization", "Bearer " + department)
                .header("Content-Type", "application/x-ndjson")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        TestRecords.ndjson(List.of(TestRecords.penalty(ref, company, "集群示例公司")))))
                .build());
    assertEquals(200, submitted.statusCode(), submitted.body());
    HttpResponse<String> known = get(second, profile, agency);
    assertEquals(200, known.statusCode(), "B sees the record submitted through A: " + known.body());
    assertTrue(known.body().contains("集群示例公司"), known.body());

    HttpResponse<String> revoked =
        GatewayProcess.send(
            HttpRequest.newBuilder(
                    first.uri("/api/v1/records/ADMIN_PENALTY/" + ref + "/revocation"))
                .header("Authorization", "Bearer " + department)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"集群测试\"}"))
                .build());
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertEquals(
        404,
        get(second, profile, agency).statusCode(),
        "B no longer shows the subject whose only record was revoked through A");
  }

  private static void aSuspensionOnOneIsSeenByTheOther(
      GatewayProcess first, GatewayProcess second, String operatorSecret) throws Exception {
    String agencyToken = second.token("demo-agency");
    assertEquals(200, get(second, "/api/v1/token-info", agencyToken).statusCode());

    String operatorToken = first.token(OPERATOR, operatorSecret);
    HttpResponse<String> suspension =
        GatewayProcess.send(
            HttpRequest.newBuilder(first.uri("/api/v1/admin/clients/demo-agency/suspension"))
                .header("Authorization", "Bearer " + operatorToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, suspension.statusCode(), suspension.body());

    assertEquals(
        401,
        get(second, "/api/v1/token-info", agencyToken).statusCode(),
        "the other replica refuses the suspended client's token at once");
  }

  private static void togetherTheyAcceptNoMoreThanTheLimit(
      GatewayProcess first, GatewayProcess second) throws Exception {
    int accepted = 0;
    int refused = 0;
    for (int call = 0; call < 3 * ANONYMOUS_PER_DAY; call++) {
      GatewayProcess replica = call % 2 == 0 ? first : second;
      int status = get(replica, "/api/v1/catalog/record-types", null).statusCode();
      if (status == 200) {
        accepted++;
      } else if (status == 429) {
        refused++;
      }
    }
    assertEquals(ANONYMOUS_PER_DAY, accepted, "both replicas count against one daily quota");
    assertEquals(2 * ANONYMOUS_PER_DAY, refused);
  }

  private static HttpResponse<String> get(GatewayProcess gateway, String path, String token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return GatewayProcess.send(request.build());
  }

  private static Map<String, String> replica(
      EmbeddedDatabase database, int jgroupsPort, String secret, Path workingDirectory) {
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    settings.put("credit.cluster.enabled", "true");
    settings.put("credit.cluster.bind-address", "LOOPBACK");
    settings.put("credit.cluster.bind-port", String.valueOf(jgroupsPort));
    settings.put("credit.cluster.secret", secret);
    settings.put("java.net.preferIPv4Stack", "true");
    settings.put("credit.access.demo.enabled", "true");
    settings.put("credit.access.bootstrap.operator-id", OPERATOR);
    settings.put(
        "credit.access.bootstrap.generated-secret-file",
        workingDirectory.resolve(OPERATOR_SECRET).toString());
    settings.put("credit.rate-limit.plans.anonymous.burst", "1000");
    settings.put("credit.rate-limit.plans.anonymous.per-minute", "1000");
    settings.put("credit.rate-limit.plans.anonymous.per-day", String.valueOf(ANONYMOUS_PER_DAY));
    return settings;
  }
}
