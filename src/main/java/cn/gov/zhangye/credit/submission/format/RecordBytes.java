package cn.gov.zhangye.credit.submission.format;

import java.util.Arrays;

/**
 * The bytes of one record as a reader collects them, up to the record size limit: beyond it the
 * record is marked too large and its further bytes are dropped, so that memory stays bounded.
 */
final class RecordBytes {

  private final int limit;
  byte[] bytes = new byte[1024];
  int length;
  private boolean tooLarge;
  private long line;
  private long offset;

  RecordBytes(int limit) {
    this.limit = limit;
  }

  /** Starts a record at {@code line} and at {@code offset} in the body. */
  void start(long line, long offset) {
    this.line = line;
    this.offset = offset;
    length = 0;
    tooLarge = false;
  }

  void append(byte[] source, int from, int count) {
    if (tooLarge || count == 0) {
      return;
    }
    if (length + count > limit) {
      tooLarge = true;
      return;
    }
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(length + count, bytes.length * 2)));
    }
    System.arraycopy(source, from, bytes, length, count);
    length += count;
  }

  void append(byte value) {
    if (tooLarge) {
      return;
    }
    if (length == limit) {
      tooLarge = true;
      return;
    }
    if (length == bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(limit, bytes.length * 2));
    }
    bytes[length++] = value;
  }

  boolean tooLarge() {
    return tooLarge;
  }

  long line() {
    return line;
  }

  long offset() {
    return offset;
  }

  int limit() {
    return limit;
  }

  /** Whether the record holds nothing but white space. */
  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return !tooLarge;
  }
}
