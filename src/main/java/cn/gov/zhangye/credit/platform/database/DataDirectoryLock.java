package cn.gov.zhangye.credit.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held in a sibling file ({@code <dir>.lock}) for as long as
 * the gateway runs, so that a second gateway on the same directory stops before touching it. The
 * operating system drops the lock when the process dies, however it dies.
 */
final class DataDirectoryLock {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock acquire(Path directory) {
    Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
    FileChannel channel;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException failure) {
      throw EmbeddedDatabaseException.notWritable(directory, failure);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        closeQuietly(channel);
        throw EmbeddedDatabaseException.inUse(directory, lockFile);
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException failure) {
      closeQuietly(channel);
      throw EmbeddedDatabaseException.notWritable(directory, failure);
    }
  }

  void release() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } catch (IOException ignored) {
      // Closing the channel below releases it all the same.
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing left to release.
    }
  }
}
