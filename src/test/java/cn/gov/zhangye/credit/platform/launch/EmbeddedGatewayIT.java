package cn.gov.zhangye.credit.platform.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command of README.md, on the packaged gateway and its embedded PostgreSQL: safe by
 * default (loopback only, no demo client that administers, a generated operator secret, a database
 * that asks every role for its password).
 */
class EmbeddedGatewayIT {

  private static final Duration FIRST_START = Duration.ofSeconds(90);
  private static final Duration EXIT = Duration.ofSeconds(60);

  @TempDir Path workingDirectory;

  @Test
  void startsOnItsOwnDatabaseKeepsTheDataAndRefusesASecondGatewayOnIt() throws Exception {
    int databasePort = FreePort.find();
    int httpPort = FreePort.find();
    Map<String, String> settings =
        Map.of("credit.embedded-database.port", String.valueOf(databasePort));
    Path dataDirectory = workingDirectory.resolve("data/postgres");
    Path operatorSecret = workingDirectory.resolve("data/operator-secret");

    try (GatewayProcess first = GatewayProcess.start(workingDirectory, httpPort, settings)) {
      assertTrue(first.awaitReady(FIRST_START), first.output());
      assertTrue(Files.isRegularFile(dataDirectory.resolve("PG_VERSION")), "data under ./data");
      assertTrue(
          first.output().contains("curl -s -u demo-agency:demo-agency-secret"),
          "the embedded default is in demo mode: " + first.output());
      assertEquals(List.of("127.0.0.1"), listeningAddresses(httpPort), "loopback only");
      assertEquals(
          List.of("127.0.0.1"),
          listeningAddresses(first.managementPort()),
          "the management interface too");
      metricsOnTheManagementInterfaceOnly(first);
      theIssuerIsWhereTheMetadataWasFetched(first, httpPort);
      noDemoClientMayAdminister(
          first, theFirstOperatorsSecretIsInAFileOnlyTheOwnerReads(first, operatorSecret));
      theDatabaseAsksEveryoneForAPassword(databasePort);
      execute(
          databasePort, "INSERT INTO catalog_edition (version, content_sha256) VALUES ('it', 'x')");
      // The demo operator of earlier versions, with the scope admin and a well-known secret.
      execute(
          databasePort,
          "INSERT INTO client (id, display_name, kind, status, plan, scopes, secret_hash,"
              + " secret_rotated_at) VALUES ('demo-operator', '网关运维（演示）', 'OPERATOR', 'ACTIVE',"
              + " 'internal', '{admin}', 'x', now())");

      try (GatewayProcess second =
          GatewayProcess.start(workingDirectory, FreePort.find(), Map.of())) {
        Integer exitCode = second.awaitExit(EXIT);
        assertNotNull(exitCode, "a second gateway on the same data must stop by itself");
        assertNotEquals(0, exitCode);
        assertTrue(second.output().contains("in use by another running gateway"), second.output());
      }
      assertEquals(200, first.status("/q/health/ready"), "the first gateway is unharmed");
    }
    assertFalse(postgresRunsOn(dataDirectory), "stopping the gateway stops its PostgreSQL");

    String secret = Files.readString(operatorSecret).strip();
    Map<String, String> demoOff = new HashMap<>(settings);
    demoOff.put("credit.access.demo.enabled", "false");
    try (GatewayProcess restarted =
        GatewayProcess.start(workingDirectory, FreePort.find(), demoOff)) {
      assertTrue(restarted.awaitReady(FIRST_START), restarted.output());
      assertEquals(
          1, count(databasePort, "SELECT count(*) FROM catalog_edition WHERE version = 'it'"));
      assertEquals(secret, Files.readString(operatorSecret).strip(), "written once");
      assertTrue(restarted.token("operator", secret).length() > 0, "the operator stays");
      assertEquals(
          0,
          count(
              databasePort,
              "SELECT count(*) FROM client WHERE (id LIKE 'demo-%') AND status <> 'SUSPENDED'"),
          "with demo mode off no demo client is active: " + restarted.output());
      assertEquals(401, restarted.tokenStatus("demo-agency", "demo-agency-secret"));
    }
  }

  private static void metricsOnTheManagementInterfaceOnly(GatewayProcess gateway) throws Exception {
    assertEquals(404, gateway.status("/q/metrics"));
    HttpResponse<String> metrics =
        GatewayProcess.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + gateway.managementPort() + "/q/metrics"))
                .build());
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.body());
  }

  /**
   * With no issuer configured, the metadata names the address it was fetched from (RFC 8414 §3.3),
   * on whatever port the gateway listens, and its tokens, of that issuer, are accepted.
   */
  private static void theIssuerIsWhereTheMetadataWasFetched(GatewayProcess gateway, int port)
      throws Exception {
    String base = "http://localhost:" + port;
    JsonNode metadata =
        new ObjectMapper().readTree(gateway.body("/.well-known/oauth-authorization-server"));
    assertEquals(base, metadata.path("issuer").asText(), metadata.toString());
    assertEquals(base + "/oauth/token", metadata.path("token_endpoint").asText());
    String token = gateway.token("demo-agency");
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertEquals(base, new ObjectMapper().readTree(payload).path("iss").asText(), payload);
    HttpResponse<String> info =
        GatewayProcess.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/token-info"))
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(200, info.statusCode(), info.body());
  }

  /** The operator's secret works; the answer is the list of clients it may see. */
  private static String theFirstOperatorsSecretIsInAFileOnlyTheOwnerReads(
      GatewayProcess gateway, Path file) throws Exception {
    assertTrue(Files.isRegularFile(file), gateway.output());
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertTrue(gateway.output().contains(file.toRealPath().toString()), "the log names the file");
    String token = gateway.token("operator", Files.readString(file).strip());
    HttpResponse<String> clients =
        GatewayProcess.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/admin/clients?size=100"))
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(200, clients.statusCode(), clients.body());
    return clients.body();
  }

  private static void noDemoClientMayAdminister(GatewayProcess gateway, String clients)
      throws Exception {
    JsonNode items = new ObjectMapper().readTree(clients).path("items");
    int demoClients = 0;
    for (JsonNode client : items) {
      if (client.path("id").asText().startsWith("demo-")) {
        demoClients++;
        assertFalse(client.path("scopes").toString().contains("admin"), client.toString());
      }
    }
    assertEquals(7, demoClients, clients);
    assertEquals(401, gateway.tokenStatus("demo-operator", "demo-operator-secret"));
  }

  /** No role connects without its password, the superuser neither; the file is the owner's. */
  private void theDatabaseAsksEveryoneForAPassword(int port) throws IOException {
    Path passwords = workingDirectory.resolve("data/postgres-passwords.properties");
    assertEquals(
        PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(passwords));
    for (String role : EmbeddedDatabase.ROLES) {
      for (String wrong : new String[] {"postgres", role, "wrong-password"}) {
        SQLException refused =
            assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection(url(port), role, wrong).close(),
                role);
        assertEquals("28P01", refused.getSQLState(), role + ": " + refused.getMessage());
      }
    }
    SQLException withoutPassword =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(url(port) + "?user=postgres").close());
    assertTrue(withoutPassword.getMessage().contains("password"), withoutPassword.getMessage());
  }

  /** The IPv4 and IPv6 addresses with a listening TCP socket on {@code port}, from /proc. */
  private static List<String> listeningAddresses(int port) throws IOException {
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table))) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 4 || !fields[3].equals("0A") || !fields[1].contains(":")) {
          continue;
        }
        String[] local = fields[1].split(":");
        if (Integer.parseInt(local[1], 16) == port) {
          addresses.add(address(local[0]));
        }
      }
    }
    return addresses;
  }

  /** An address of /proc/net/tcp: hex, each group of four bytes in little-endian order. */
  private static String address(String hex) throws IOException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int at = (word * 4 + 3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes).getHostAddress();
  }

  @Test
  void anUnusableDataDirectoryIsAClearError() throws Exception {
    Path aFile = Files.writeString(workingDirectory.resolve("not-a-directory"), "x");
    Map<String, String> settings =
        Map.of("credit.embedded-database.data-directory", aFile.resolve("postgres").toString());
    try (GatewayProcess gateway =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertEquals(1, gateway.awaitExit(EXIT));
      assertTrue(gateway.output().contains("cannot be created or written"), gateway.output());
    }
  }

  @Test
  void aPortInUseIsAClearErrorAndLeavesNoDatabaseRunning() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        GatewayProcess gateway =
            GatewayProcess.start(workingDirectory, taken.getLocalPort(), Map.of())) {
      Integer exitCode = gateway.awaitExit(FIRST_START);
      assertNotNull(exitCode);
      assertNotEquals(0, exitCode);
      assertTrue(gateway.output().contains("in use"), gateway.output());
    }
    assertFalse(postgresRunsOn(workingDirectory.resolve("data/postgres")));
  }

  @Test
  void aConfiguredDatabaseThatIsDownIsWaitedForAndFollowed() throws Exception {
    int databasePort = FreePort.find();
    Path databaseDirectory = workingDirectory.resolve("external-db");
    Map<String, String> settings = new HashMap<>();
    // A first start makes the database's roles and passwords; it is down when the gateway starts.
    try (EmbeddedDatabase database = startDatabase(databaseDirectory, databasePort)) {
      settings.putAll(database.datasourceProperties());
    }
    settings.put("credit.database.migration-retry-max-delay", "2s");
    try (GatewayProcess gateway =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertTrue(gateway.awaitStatus("/q/health/live", 200, FIRST_START), gateway.output());
      assertEquals(503, gateway.status("/q/health/ready"));
      assertFalse(
          Files.exists(workingDirectory.resolve("data/postgres")), "nothing embedded starts");

      try (EmbeddedDatabase database = startDatabase(databaseDirectory, databasePort)) {
        assertTrue(gateway.awaitReady(Duration.ofSeconds(60)), gateway.output());
      }
      assertFalse(
          gateway.output().contains("Demo mode"), "no demo mode with a configured database");
      assertTrue(gateway.awaitStatus("/q/health/ready", 503, Duration.ofSeconds(30)));

      try (EmbeddedDatabase database = startDatabase(databaseDirectory, databasePort)) {
        assertTrue(gateway.awaitReady(Duration.ofSeconds(60)), gateway.output());
      }
    }
  }

  private static EmbeddedDatabase startDatabase(Path directory, int port) {
    return EmbeddedDatabase.start(directory, port, Duration.ofSeconds(60));
  }

  private static boolean postgresRunsOn(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return false;
    }
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private void execute(int port, String sql) throws SQLException, IOException {
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private int count(int port, String sql) throws SQLException, IOException {
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }

  private Connection connect(int port) throws SQLException, IOException {
    Properties passwords = new Properties();
    try (var reader =
        Files.newBufferedReader(workingDirectory.resolve("data/postgres-passwords.properties"))) {
      passwords.load(reader);
    }
    return DriverManager.getConnection(
        url(port), EmbeddedDatabase.SUPERUSER, passwords.getProperty(EmbeddedDatabase.SUPERUSER));
  }

  private static String url(int port) {
    return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE;
  }
}
