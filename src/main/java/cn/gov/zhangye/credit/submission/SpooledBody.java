package cn.gov.zhangye.credit.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A request body received whole into an owner-only file, which closing deletes. */
final class SpooledBody implements AutoCloseable {

  private final Path file;
  private final long size;

  SpooledBody(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  long size() {
    return size;
  }

  /** The body from its start; each call reads it anew. */
  InputStream open() {
    try {
      return Files.newInputStream(file);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the spooled body " + file, unreadable);
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException undeletable) {
      throw new UncheckedIOException("Cannot delete the spooled body " + file, undeletable);
    }
  }
}
