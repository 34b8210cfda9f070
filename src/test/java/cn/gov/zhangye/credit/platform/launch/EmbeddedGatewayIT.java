package cn.gov.zhangye.credit.platform.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command of README.md, on the packaged gateway and its embedded PostgreSQL. */
class EmbeddedGatewayIT {

  private static final Duration FIRST_START = Duration.ofSeconds(90);
  private static final Duration EXIT = Duration.ofSeconds(60);

  @TempDir Path workingDirectory;

  @Test
  void startsOnItsOwnDatabaseKeepsTheDataAndRefusesASecondGatewayOnIt() throws Exception {
    int databasePort = FreePort.find();
    Map<String, String> settings =
        Map.of("credit.embedded-database.port", String.valueOf(databasePort));
    Path dataDirectory = workingDirectory.resolve("data/postgres");

    try (GatewayProcess first = GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertTrue(first.awaitReady(FIRST_START), first.output());
      assertTrue(Files.isRegularFile(dataDirectory.resolve("PG_VERSION")), "data under ./data");
      assertTrue(
          first.output().contains("curl -s -u demo-agency:demo-agency-secret"),
          "the embedded default is in demo mode: " + first.output());
      execute(
          databasePort, "INSERT INTO catalog_edition (version, content_sha256) VALUES ('it', 'x')");

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

    try (GatewayProcess restarted =
        GatewayProcess.start(workingDirectory, FreePort.find(), settings)) {
      assertTrue(restarted.awaitReady(FIRST_START), restarted.output());
      assertEquals(
          1, count(databasePort, "SELECT count(*) FROM catalog_edition WHERE version = 'it'"));
    }
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
    String host = "localhost:" + databasePort + "/" + EmbeddedDatabase.DATABASE;
    Map<String, String> settings =
        Map.of(
            "quarkus.datasource.reactive.url",
            "postgresql://" + host,
            "quarkus.datasource.jdbc.url",
            "jdbc:postgresql://" + host,
            "quarkus.datasource.username",
            EmbeddedDatabase.USER,
            "credit.database.migration-retry-max-delay",
            "2s");
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

  private static void execute(int port, String sql) throws SQLException {
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int count(int port, String sql) throws SQLException {
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
        EmbeddedDatabase.USER,
        "");
  }
}
