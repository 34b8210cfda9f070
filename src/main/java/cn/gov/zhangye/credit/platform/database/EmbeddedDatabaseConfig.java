package cn.gov.zhangye.credit.platform.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL that the gateway starts when no database is configured (no {@code
 * quarkus.datasource.reactive.url}).
 */
@ConfigMapping(prefix = "credit.embedded-database")
public interface EmbeddedDatabaseConfig {

  /** Where the database keeps its files; kept across restarts. */
  @WithDefault("data/postgres")
  Path dataDirectory();

  /** The port it listens on (loopback only); 0 picks a free port at every start. */
  @WithDefault("0")
  int port();

  /** How long to wait for it to start, first initialisation included. */
  @WithDefault("60s")
  Duration startupTimeout();
}
