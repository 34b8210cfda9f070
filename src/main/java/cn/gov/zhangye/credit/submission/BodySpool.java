package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.OwnerOnlyFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives a body into a file under {@code credit.submission.spool-directory} before anything
 * touches the database, so that a slow upload holds a file, not a pooled connection or an open
 * transaction. Blocking: call on a worker thread.
 */
@ApplicationScoped
class BodySpool {

  static final String PREFIX = "submission-";
  static final String SUFFIX = OwnerOnlyFiles.NEW_FILE_SUFFIX;

  private final Path directory;

  @Inject
  BodySpool(SubmissionConfig config) {
    this.directory = config.spoolDirectory();
  }

  /** The whole of {@code body}, read to its end; the caller closes it, which deletes the file. */
  SpooledBody receive(InputStream body) {
    Path file = null;
    try {
      file = OwnerOnlyFiles.newFile(directory, PREFIX);
      try (OutputStream out = Files.newOutputStream(file)) {
        return new SpooledBody(file, body.transferTo(out));
      }
    } catch (IOException broken) {
      deleteQuietly(file, broken);
      throw new UncheckedIOException(broken);
    } catch (RuntimeException failed) {
      deleteQuietly(file, failed);
      throw failed;
    }
  }

  private static void deleteQuietly(Path file, Exception cause) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException undeletable) {
      cause.addSuppressed(undeletable);
    }
  }
}
