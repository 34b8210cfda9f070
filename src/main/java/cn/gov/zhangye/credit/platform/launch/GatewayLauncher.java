package cn.gov.zhangye.credit.platform.launch;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.EmbeddedDatabaseConfig;
import cn.gov.zhangye.credit.platform.database.EmbeddedDatabaseException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.function.BiConsumer;

/**
 * Starts the gateway. With no database configured it first starts the embedded PostgreSQL, points
 * the gateway at it, and, unless configured otherwise, listens on the loopback address only (the
 * management interface too), turns demo mode on and creates the first operator with a generated
 * secret beside the database's directory; it stops the database after the gateway has stopped.
 */
@QuarkusMain
public class GatewayLauncher {

  /**
   * Demo mode (clients with well-known secrets) belongs to the embedded default only: it is turned
   * on here, unless configured, and never when a database is configured.
   */
  private static final String DEMO_MODE = "credit.access.demo.enabled";

  /** The embedded default serves this machine only, unless configured otherwise. */
  private static final String HTTP_HOST = "quarkus.http.host";

  private static final String MANAGEMENT_HOST = "quarkus.management.host";

  private static final String BOOTSTRAP = "credit.access.bootstrap.";

  public static void main(String... args) {
    LaunchSettings settings = LaunchSettings.read();
    if (settings.databaseConfigured()) {
      Quarkus.run(Gateway.class, exitAfter(() -> {}), args);
      return;
    }
    EmbeddedDatabaseConfig embedded = settings.embeddedDatabase();
    EmbeddedDatabase database;
    try {
      database =
          EmbeddedDatabase.start(
              embedded.dataDirectory(), embedded.port(), embedded.startupTimeout());
    } catch (EmbeddedDatabaseException cannotStart) {
      reportError(cannotStart.getMessage());
      System.exit(1);
      return;
    }
    database.datasourceProperties().forEach(System::setProperty);
    defaultTo(settings, DEMO_MODE, "true");
    defaultTo(settings, HTTP_HOST, "127.0.0.1");
    defaultTo(settings, MANAGEMENT_HOST, "127.0.0.1");
    defaultTo(settings, BOOTSTRAP + "operator-id", "operator");
    if (!settings.configured(BOOTSTRAP + "operator-secret")
        && !settings.configured(BOOTSTRAP + "operator-secret-file")) {
      defaultTo(
          settings,
          BOOTSTRAP + "generated-secret-file",
          embedded.dataDirectory().toAbsolutePath().resolveSibling("operator-secret").toString());
    }
    Quarkus.run(Gateway.class, exitAfter(database::close), args);
  }

  private static void defaultTo(LaunchSettings settings, String name, String value) {
    if (!settings.configured(name)) {
      System.setProperty(name, value);
    }
  }

  /** Ends the process once the gateway has stopped, after {@code cleanUp}. */
  private static BiConsumer<Integer, Throwable> exitAfter(Runnable cleanUp) {
    return (exitCode, failure) -> {
      if (failure != null) {
        reportError("The gateway did not start: " + StartFailure.describe(failure));
      }
      cleanUp.run();
      System.exit(exitCode);
    };
  }

  /**
   * Logging is not set up before Quarkus starts nor after it stopped, and records buffered then
   * would be lost on exit: the operator reads this on standard error.
   */
  private static void reportError(String message) {
    System.err.println("ERROR: " + message);
  }

  /** The running gateway: serves until it is asked to stop. */
  public static class Gateway implements QuarkusApplication {
    @Override
    public int run(String... args) {
      Quarkus.waitForExit();
      return 0;
    }
  }
}
