package cn.gov.zhangye.credit.record;

/**
 * Where a reader of the {@link RecordJournal} stands: after the entry it took last. Opaque to
 * readers, who keep its {@link #token()} and give it back through {@link #parse(String)}.
 */
public final class JournalCursor {

  /** Before the first entry. */
  public static final JournalCursor START = new JournalCursor(0, 0);

  private static final char SEPARATOR = '.';

  private final long orderXid;
  private final long position;

  JournalCursor(long orderXid, long position) {
    this.orderXid = orderXid;
    this.position = position;
  }

  /**
   * The cursor a {@link #token()} stands for.
   *
   * @throws IllegalArgumentException when {@code token} is not one
   */
  public static JournalCursor parse(String token) {
    int separator = token.indexOf(SEPARATOR);
    if (separator > 0) {
      try {
        long orderXid = Long.parseLong(token, 0, separator, 10);
        long position = Long.parseLong(token, separator + 1, token.length(), 10);
        if (orderXid >= 0 && position >= 0) {
          return new JournalCursor(orderXid, position);
        }
      } catch (NumberFormatException malformed) {
        // reported below, as every other malformed token
      }
    }
    throw new IllegalArgumentException("Not a journal cursor: " + token);
  }

  /** The cursor as text, to keep and to {@link #parse(String)} again. */
  public String token() {
    return Long.toString(orderXid) + SEPARATOR + position;
  }

  long orderXid() {
    return orderXid;
  }

  long position() {
    return position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JournalCursor cursor
        && cursor.orderXid == orderXid
        && cursor.position == position;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(orderXid) * 31 + Long.hashCode(position);
  }

  @Override
  public String toString() {
    return token();
  }
}
