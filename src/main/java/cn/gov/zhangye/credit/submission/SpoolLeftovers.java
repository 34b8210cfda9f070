package cn.gov.zhangye.credit.submission;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes at start-up the spool files a crash left behind ({@link BodySpool} deletes its own):
 * those under {@code credit.submission.spool-directory} that have not changed for {@code
 * credit.submission.spool-leftover-age}. A younger one may be a body another replica is receiving
 * into the same shared directory, and is left to a later start.
 */
@ApplicationScoped
class SpoolLeftovers {

  private static final Logger LOG = Logger.getLogger(SpoolLeftovers.class);
  private static final String SPOOL_FILES = BodySpool.PREFIX + "*" + BodySpool.SUFFIX;

  private final Path directory;
  private final Duration age;
  private final Clock clock;

  SpoolLeftovers(SubmissionConfig config, Clock clock) {
    this.directory = config.spoolDirectory();
    this.age = config.spoolLeftoverAge();
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent start) {
    int deleted = deleteLeftovers();
    if (deleted > 0) {
      LOG.infof("Deleted %d spool file(s) left by an earlier run from %s", deleted, directory);
    }
  }

  /** Deletes the spool files unchanged for the age; how many it deleted. */
  int deleteLeftovers() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    Instant before = clock.instant().minus(age);
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, SPOOL_FILES)) {
      for (Path file : files) {
        if (unchangedSince(file, before) && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot clear the spool directory " + directory, unreadable);
    }
    return deleted;
  }

  private static boolean unchangedSince(Path file, Instant before) throws IOException {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(before);
    } catch (NoSuchFileException deletedMeanwhile) {
      return false;
    }
  }
}
