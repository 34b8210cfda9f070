package cn.gov.zhangye.credit.submission;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A gateway that starts deletes the spool files an earlier run left behind once they are older than
 * {@code credit.submission.spool-leftover-age}, and only those: a younger one may be a body another
 * replica is receiving into a shared directory, and other files are not the spool's.
 */
@QuarkusTest
@TestProfile(SpoolLeftoversTest.LeftoversBeforeStart.class)
class SpoolLeftoversTest {

  private static final Path SPOOL = Path.of("target/leftover-spool");
  private static final Path STALE = SPOOL.resolve("submission-1111.part");
  private static final Path FRESH = SPOOL.resolve("submission-2222.part");
  private static final Path NOT_SPOOLED = SPOOL.resolve("operator-notes.txt");

  /** A spool directory with files of an earlier run, made before the gateway starts. */
  public static class LeftoversBeforeStart implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(SpoolBeforeStart.class));
    }
  }

  public static class SpoolBeforeStart implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      try {
        Files.createDirectories(SPOOL);
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path file : List.of(STALE, FRESH, NOT_SPOOLED)) {
          Files.writeString(file, "{\"recordType\": \"ADMIN_PENALTY\"}");
        }
        Files.setLastModifiedTime(STALE, twoHoursAgo);
        Files.setLastModifiedTime(NOT_SPOOLED, twoHoursAgo);
      } catch (IOException broken) {
        throw new UncheckedIOException(broken);
      }
      return Map.of(
          "credit.submission.spool-directory",
          SPOOL.toString(),
          "credit.submission.spool-leftover-age",
          "PT1H");
    }

    @Override
    public void stop() {
      try {
        for (Path file : List.of(STALE, FRESH, NOT_SPOOLED)) {
          Files.deleteIfExists(file);
        }
      } catch (IOException broken) {
        throw new UncheckedIOException(broken);
      }
    }
  }

  @Test
  void startingDeletesOnlySpoolFilesOlderThanTheLeftoverAge() {
    assertFalse(Files.exists(STALE), "unchanged for two hours: left by a crash");
    assertTrue(Files.exists(FRESH), "changed within the hour: may be arriving on another replica");
    assertTrue(Files.exists(NOT_SPOOLED), "not a spool file");
  }
}
