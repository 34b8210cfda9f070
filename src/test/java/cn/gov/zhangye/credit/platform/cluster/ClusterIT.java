package cn.gov.zhangye.credit.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import cn.gov.zhangye.credit.testing.TestRecords;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway processes on one PostgreSQL form one Infinispan cluster through JDBC_PING2: they
 * share rate-limit buckets and see each other's suspensions.
 */
class ClusterIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final int ANONYMOUS_PER_DAY = 10;

  @TempDir Path workingDirectory;

  @Test
  void twoReplicasShareLimitsAndSuspensions() throws Exception {
    try (EmbeddedDatabase database =
            EmbeddedDatabase.start(
                workingDirectory.resolve("db"), FreePort.find(), Duration.ofSeconds(60));
        GatewayProcess first =
            GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, 7811))) {
      // The first replica generates the signing key into the shared key directory.
      assertTrue(first.awaitReady(START), first.output());
      try (GatewayProcess second =
          GatewayProcess.start(workingDirectory, FreePort.find(), replica(database, 7831))) {
        assertTrue(second.awaitReady(START), second.output());
        shareState(first, second);
      }
    }
  }

  private static void shareState(GatewayProcess first, GatewayProcess second) throws Exception {
    assertTrue(
        first.awaitBody("/q/health/ready", "\"members\": 2", START),
        "the first replica sees both: " + first.body("/q/health/ready"));
    assertTrue(second.awaitBody("/q/health/ready", "\"members\": 2", START));
    aQueryOnOneSeesWhatWasSubmittedOnTheOther(first, second);
    aSuspensionOnOneIsSeenByTheOther(first, second);
    togetherTheyAcceptNoMoreThanTheLimit(first, second);
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

  private static void aSuspensionOnOneIsSeenByTheOther(GatewayProcess first, GatewayProcess second)
      throws Exception {
    String agencyToken = second.token("demo-agency");
    assertEquals(200, get(second, "/api/v1/token-info", agencyToken).statusCode());

    String operatorToken = first.token("demo-operator");
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

  private static Map<String, String> replica(EmbeddedDatabase database, int jgroupsPort) {
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    settings.put("credit.cluster.enabled", "true");
    settings.put("credit.cluster.bind-address", "LOOPBACK");
    settings.put("credit.cluster.bind-port", String.valueOf(jgroupsPort));
    settings.put("java.net.preferIPv4Stack", "true");
    settings.put("credit.access.demo.enabled", "true");
    settings.put("credit.rate-limit.plans.anonymous.burst", "1000");
    settings.put("credit.rate-limit.plans.anonymous.per-minute", "1000");
    settings.put("credit.rate-limit.plans.anonymous.per-day", String.valueOf(ANONYMOUS_PER_DAY));
    return settings;
  }
}
