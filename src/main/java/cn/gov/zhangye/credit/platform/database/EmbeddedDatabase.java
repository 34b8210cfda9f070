package cn.gov.zhangye.credit.platform.database;

import cn.gov.zhangye.credit.platform.OwnerOnlyFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 run from the zonky binaries, for the embedded default and for tests. It
 * keeps its files in one data directory that only one process may use at a time. No connection is
 * trusted by its address: every role has a generated password (see {@link DatabasePasswords}) and
 * {@code pg_hba.conf} asks for it with {@code scram-sha-256}, on TCP and on the Unix socket alike.
 */
public final class EmbeddedDatabase implements Closeable {

  public static final String DATABASE = "credit";
  public static final String SUPERUSER = "postgres";

  /** Owns the schema: the migrations run as this role. */
  public static final String OWNER = "credit_owner";

  /** Serves the requests: owns nothing, may only use the owner's tables. */
  public static final String APPLICATION = "credit_app";

  public static final List<String> ROLES = List.of(SUPERUSER, OWNER, APPLICATION);

  private static final String PASSWORD_AUTHENTICATION = "scram-sha-256";
  private static final Pattern TRUST = Pattern.compile("(?m)^([^#\\n]*\\S)\\s+trust\\s*$");
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final DataDirectoryLock lock;
  private final DatabasePasswords passwords;
  private final Path directory;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres,
      DataDirectoryLock lock,
      DatabasePasswords passwords,
      Path directory) {
    this.postgres = postgres;
    this.directory = directory;
    this.lock = lock;
    this.passwords = passwords;
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory}, creating the cluster and the {@value #DATABASE}
   * database on first use.
   *
   * @throws EmbeddedDatabaseException with a message for a person when the directory is in use by
   *     another gateway, not writable, or the server does not come up
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port, Duration startupTimeout) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
    try {
      OrphanedServer.stopIfRunning(directory);
      Path passwordsFile = DatabasePasswords.fileOf(directory);
      // A cluster of an earlier gateway trusted local connections and has no passwords yet.
      boolean trusting =
          Files.exists(directory.resolve("postgresql.conf")) && !Files.exists(passwordsFile);
      DatabasePasswords passwords = DatabasePasswords.loadOrCreate(passwordsFile, ROLES);
      EmbeddedPostgres postgres = startServer(directory, port, startupTimeout, passwords);
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, lock, passwords, directory);
      // A signal ends the JVM once its shutdown hooks are done: the server stops in one of them.
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-database-stop"));
      database.setUpRoles(trusting);
      LOG.infof(
          "Embedded PostgreSQL is running on port %d with data in %s; the passwords of its roles"
              + " are in %s",
          postgres.getPort(), directory, passwordsFile);
      return database;
    } catch (IOException | SQLException | RuntimeException failure) {
      lock.release();
      throw EmbeddedDatabaseException.startFailed(directory, failure);
    }
  }

  /**
   * Runs initdb on a new directory with password authentication and the superuser's password, as
   * zonky's own initdb arguments followed by ours (the last of each wins), then starts the server.
   */
  private static EmbeddedPostgres startServer(
      Path directory, int port, Duration startupTimeout, DatabasePasswords passwords)
      throws IOException {
    Path superuserPassword = directory.resolveSibling(directory.getFileName() + "-initdb.pw");
    OwnerOnlyFiles.write(superuserPassword, passwords.of(SUPERUSER));
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPort(port == 0 ? FreePort.find() : port)
          .setPGStartupWait(startupTimeout)
          .setLocaleConfig("auth", PASSWORD_AUTHENTICATION)
          .setLocaleConfig("pwfile", superuserPassword.toString())
          .setConnectConfig("password", passwords.of(SUPERUSER))
          // Accepted records must survive a crash: commit waits for the WAL flush.
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("listen_addresses", "localhost")
          .start();
    } finally {
      Files.deleteIfExists(superuserPassword);
    }
  }

  /** A throwaway database in a new temporary directory, removed when the JVM exits. */
  public static EmbeddedDatabase startThrowaway() {
    try {
      Path directory = Files.createTempDirectory("credit-gateway-test-db");
      EmbeddedDatabase database = start(directory.resolve("postgres"), 0, Duration.ofSeconds(60));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> database.closeAndDelete(directory), "test-db-stop"));
      return database;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  public String reactiveUrl() {
    return "postgresql://localhost:" + port() + "/" + DATABASE;
  }

  /**
   * The datasource settings that point the gateway at this database: requests as the application
   * role, migrations as the owner.
   */
  public Map<String, String> datasourceProperties() {
    return Map.of(
        "quarkus.datasource.reactive.url",
        reactiveUrl(),
        "quarkus.datasource.jdbc.url",
        jdbcUrl(),
        "quarkus.datasource.username",
        APPLICATION,
        "quarkus.datasource.password",
        passwords.of(APPLICATION),
        "quarkus.flyway.username",
        OWNER,
        "quarkus.flyway.password",
        passwords.of(OWNER));
  }

  String password(String role) {
    return passwords.of(role);
  }

  /** A connection to the gateway's database as {@code role}, with its password. */
  public Connection connect(String role) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), role, passwords.of(role));
  }

  /** Stops the server; a second caller waits until the first has stopped it. */
  @Override
  public synchronized void close() {
    try {
      postgres.close();
    } catch (IOException failure) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", failure);
    } finally {
      lock.release();
    }
  }

  private void closeAndDelete(Path directory) {
    close();
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }

  private void setUpRoles(boolean trusting) throws IOException, SQLException {
    DatabaseRoles roles = new DatabaseRoles(passwords);
    try (Connection maintenance = postgres.getPostgresDatabase().getConnection()) {
      roles.ensureRolesAndDatabase(maintenance);
      if (trusting) {
        requirePasswords(maintenance);
      }
    }
    try (Connection credit = connect(SUPERUSER)) {
      if (trusting) {
        roles.adoptObjectsOfTheSuperuser(credit);
      }
      roles.grantToApplication(credit);
    }
  }

  /**
   * Turns {@code trust} into password authentication in the {@code pg_hba.conf} of a cluster made
   * by an earlier gateway, once its roles have passwords, and has the server read it again.
   */
  private void requirePasswords(Connection maintenance) throws IOException, SQLException {
    Path hba = directory.resolve("pg_hba.conf");
    String rules = Files.readString(hba, StandardCharsets.UTF_8);
    Files.writeString(
        hba,
        TRUST.matcher(rules).replaceAll("$1 " + PASSWORD_AUTHENTICATION),
        StandardCharsets.UTF_8);
    try (Statement sql = maintenance.createStatement()) {
      sql.execute("SELECT pg_reload_conf()");
    }
    LOG.warnf(
        "The embedded PostgreSQL in %s trusted local connections; its roles now have passwords"
            + " (in %s) and every connection must give one",
        directory, passwords.file());
  }
}
