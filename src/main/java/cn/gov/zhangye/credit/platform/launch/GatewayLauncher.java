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
 * the gateway at it and turns demo mode on, and stops the database after the gateway has stopped.
 */
@QuarkusMain
public class GatewayLauncher {

  /**
   * Demo mode (clients with well-known secrets) belongs to the embedded default only: it is turned
   * on here, unless configured, and never when a database is configured.
   */
  private static final String DEMO_MODE = "credit.access.demo.enabled";

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
    if (!settings.configured(DEMO_MODE)) {
      System.setProperty(DEMO_MODE, "true");
    }
    Quarkus.run(Gateway.class, exitAfter(database::close), args);
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
