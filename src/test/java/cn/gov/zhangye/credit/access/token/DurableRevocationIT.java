package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.FreePort;
import cn.gov.zhangye.credit.platform.launch.GatewayProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suspensions and the revocations of a secret rotation outlive a restart: the packaged gateway is
 * stopped and started again on the same data directory, and the revoked tokens stay refused.
 */
class DurableRevocationIT {

  private static final Duration START = Duration.ofSeconds(120);
  private static final Pattern SECRET = Pattern.compile("\"clientSecret\"\\s*:\\s*\"([^\"]+)\"");

  @TempDir Path workingDirectory;

  @Test
  void aSuspendedClientStaysSuspendedAndARotatedSecretsTokensStayRevokedAfterARestart()
      throws Exception {
    Map<String, String> settings =
        Map.of("credit.embedded-database.port", String.valueOf(FreePort.find()));
    String agencyToken;
    String departmentToken;
    String newDepartmentSecret;
    try (GatewayProcess gateway =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertTrue(gateway.awaitReady(START), gateway.output());
      String operator = gateway.token("operator", operatorSecret());
      agencyToken = gateway.token("demo-agency");
      departmentToken = gateway.token("demo-department");
      assertEquals(200, tokenInfo(gateway, agencyToken));

      assertEquals(
          200,
          post(gateway, operator, "/api/v1/admin/clients/demo-agency/suspension").statusCode());
      HttpResponse<String> rotation =
          post(gateway, operator, "/api/v1/admin/clients/demo-department/secret-rotation");
      assertEquals(200, rotation.statusCode(), rotation.body());
      Matcher secret = SECRET.matcher(rotation.body());
      assertTrue(secret.find(), rotation.body());
      newDepartmentSecret = secret.group(1);

      assertEquals(401, tokenInfo(gateway, agencyToken));
      assertEquals(401, tokenInfo(gateway, departmentToken));
      assertEquals(200, tokenInfo(gateway, gateway.token("demo-department", newDepartmentSecret)));
    }

    try (GatewayProcess restarted =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertTrue(restarted.awaitReady(START), restarted.output());
      assertEquals(401, tokenInfo(restarted, agencyToken), "the suspended client's old token");
      assertEquals(401, restarted.tokenStatus("demo-agency", "demo-agency-secret"));
      assertEquals(401, tokenInfo(restarted, departmentToken), "a token before the rotation");
      assertEquals(
          200, tokenInfo(restarted, restarted.token("demo-department", newDepartmentSecret)));
    }
  }

  private String operatorSecret() throws Exception {
    return Files.readString(workingDirectory.resolve("data/operator-secret")).strip();
  }

  private static int tokenInfo(GatewayProcess gateway, String token) throws Exception {
    return GatewayProcess.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/token-info"))
                .header("Authorization", "Bearer " + token)
                .build())
        .statusCode();
  }

  private static HttpResponse<String> post(GatewayProcess gateway, String token, String path)
      throws Exception {
    return GatewayProcess.send(
        HttpRequest.newBuilder(gateway.uri(path))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }
}
