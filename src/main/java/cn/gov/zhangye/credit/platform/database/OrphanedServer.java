package cn.gov.zhangye.credit.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on our data directory by a gateway that was killed. We hold the
 * directory's lock, so no live gateway owns it: it is stopped before a new one starts.
 */
final class OrphanedServer {

  private static final Logger LOG = Logger.getLogger(OrphanedServer.class);
  private static final long STOP_TIMEOUT_SECONDS = 30;

  private OrphanedServer() {}

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> server = runningServer(dataDirectory.resolve("postmaster.pid"));
    if (server.isEmpty()) {
      return;
    }
    LOG.warnf(
        "A PostgreSQL server (pid %d) left by an earlier gateway still runs on %s; stopping it",
        server.get().pid(), dataDirectory);
    server.get().destroy();
    try {
      server.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception notStopped) {
      throw new IOException(
          "The PostgreSQL server (pid "
              + server.get().pid()
              + ") left on "
              + dataDirectory
              + " did not stop; stop it by hand",
          notStopped);
    }
  }

  private static Optional<ProcessHandle> runningServer(Path pidFile) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
