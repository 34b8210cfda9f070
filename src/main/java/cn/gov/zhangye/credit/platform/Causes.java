package cn.gov.zhangye.credit.platform;

/** Finds what really went wrong beneath layers of wrapping exceptions. */
public final class Causes {

  private Causes() {}

  /** The innermost cause of {@code failure}, or {@code failure} itself. */
  public static Throwable root(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The first cause of {@code failure} (itself included) of {@code type}, or null. */
  public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** The message of the innermost cause, or its type when it has none. */
  public static String rootMessage(Throwable failure) {
    Throwable root = root(failure);
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
