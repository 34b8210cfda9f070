package cn.gov.zhangye.credit.platform.launch;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.EmbeddedDatabaseConfig;
import cn.gov.zhangye.credit.platform.database.EmbeddedDatabaseException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway. With no database configured it first starts the embedded PostgreSQL and
 * points the gateway at it, and stops it after the gateway has stopped.
 */
@QuarkusMain
public class GatewayLauncher {

  public static void main(String... args) {
    LaunchSettings settings = LaunchSettings.read();
    if (settings.databaseConfigured()) {
      Quarkus.run(Gateway.class, args);
      return;
    }
    EmbeddedDatabaseConfig embedded = settings.embeddedDatabase();
    EmbeddedDatabase database;
    try {
      database =
          EmbeddedDatabase.start(
              embedded.dataDirectory(), embedded.port(), embedded.startupTimeout());
    } catch (EmbeddedDatabaseException cannotStart) {
      // Logging is not set up before Quarkus starts, and buffered records would be lost on exit.
      System.err.println("ERROR: " + cannotStart.getMessage());
      System.exit(1);
      return;
    }
    database.datasourceProperties().forEach(System::setProperty);
    Quarkus.run(
        Gateway.class,
        (exitCode, failure) -> {
          database.close();
          System.exit(exitCode);
        },
        args);
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
