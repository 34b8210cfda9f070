package cn.gov.zhangye.credit.platform.database;

import java.nio.file.Path;

/** The embedded database cannot start; the message tells an operator why and what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

  private EmbeddedDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }

  static EmbeddedDatabaseException inUse(Path directory, Path lockFile) {
    return new EmbeddedDatabaseException(
        "The data directory "
            + directory
            + " is in use by another running gateway (it holds "
            + lockFile
            + "). Stop that gateway, or give this one its own directory with"
            + " credit.embedded-database.data-directory.",
        null);
  }

  static EmbeddedDatabaseException notWritable(Path directory, Throwable cause) {
    return new EmbeddedDatabaseException(
        "The data directory "
            + directory
            + " cannot be created or written ("
            + cause
            + "). Make it writable, or choose another with credit.embedded-database.data-directory.",
        cause);
  }

  static EmbeddedDatabaseException startFailed(Path directory, Throwable cause) {
    if (cause instanceof EmbeddedDatabaseException known) {
      return known;
    }
    return new EmbeddedDatabaseException(
        "The embedded PostgreSQL on " + directory + " did not start: " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == failure
        ? String.valueOf(failure.getMessage())
        : failure.getMessage() + ": " + root;
  }
}
