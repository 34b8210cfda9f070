package cn.gov.zhangye.credit.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 run from the zonky binaries, for the embedded default and for tests. It
 * keeps its files in one data directory that only one process may use at a time.
 */
public final class EmbeddedDatabase implements Closeable {

  public static final String DATABASE = "credit";
  public static final String USER = "postgres";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final DataDirectoryLock lock;

  private EmbeddedDatabase(EmbeddedPostgres postgres, DataDirectoryLock lock) {
    this.postgres = postgres;
    this.lock = lock;
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
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(port == 0 ? FreePort.find() : port)
              .setPGStartupWait(startupTimeout)
              // Accepted records must survive a crash: commit waits for the WAL flush.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("listen_addresses", "localhost")
              .start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, lock);
      // A signal ends the JVM once its shutdown hooks are done: the server stops in one of them.
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-database-stop"));
      database.createDatabaseIfAbsent();
      LOG.infof(
          "Embedded PostgreSQL is running on port %d with data in %s",
          postgres.getPort(), directory);
      return database;
    } catch (IOException | RuntimeException failure) {
      lock.release();
      throw EmbeddedDatabaseException.startFailed(directory, failure);
    }
  }

  /** A throwaway database in a new temporary directory, removed when the JVM exits. */
  public static EmbeddedDatabase startThrowaway() {
    try {
      Path directory = Files.createTempDirectory("credit-gateway-test-db");
      EmbeddedDatabase database = start(directory, 0, Duration.ofSeconds(60));
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

  /** The datasource settings that point the gateway at this database. */
  public Map<String, String> datasourceProperties() {
    return Map.of(
        "quarkus.datasource.reactive.url",
        reactiveUrl(),
        "quarkus.datasource.jdbc.url",
        jdbcUrl(),
        "quarkus.datasource.username",
        USER,
        "quarkus.datasource.password",
        "");
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

  private void createDatabaseIfAbsent() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      boolean exists;
      try (var result =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        exists = result.next();
      }
      if (!exists) {
        statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
      }
    } catch (SQLException failure) {
      throw new IOException("Cannot create the database " + DATABASE, failure);
    }
  }
}
