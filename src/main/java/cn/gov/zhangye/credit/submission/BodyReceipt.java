package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.Sha256;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Passes a request body through while fingerprinting it, counting its bytes and handing it on in
 * parts of a fixed size.
 */
final class BodyReceipt extends FilterInputStream {

  /** Receives each full part, and the last one. */
  interface PartSink {
    void accept(int part, byte[] bytes, int length);
  }

  private final MessageDigest digest;
  private final PartSink sink;
  private final byte[] part;
  private int partLength;
  private int parts;
  private long bytes;

  BodyReceipt(InputStream body, String fingerprintPrefix, int partSize, PartSink sink) {
    super(body);
    this.digest = Sha256.digest();
    this.digest.update(fingerprintPrefix.getBytes(StandardCharsets.UTF_8));
    this.sink = sink;
    this.part = new byte[partSize];
  }

  /** A receipt that only fingerprints and counts. */
  static BodyReceipt fingerprintOnly(InputStream body, String fingerprintPrefix) {
    return new BodyReceipt(body, fingerprintPrefix, 64 * 1024, (part, bytes, length) -> {});
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    int read = super.read(target, offset, length);
    if (read > 0) {
      received(target, offset, read);
    }
    return read;
  }

  @Override
  public long skip(long count) throws IOException {
    byte[] skipped = new byte[(int) Math.min(count, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  /**
   * Leaves the request body open: the HTTP layer owns it, and {@link #finish()} reads it to the
   * end.
   */
  @Override
  public void close() {}

  /** Reads what the parser left (trailing white space), then hands on the last part. */
  void finish() throws IOException {
    byte[] rest = new byte[8192];
    while (read(rest, 0, rest.length) != -1) {
      // the bytes count, and are stored, like every other
    }
    if (partLength > 0) {
      sink.accept(parts++, part, partLength);
      partLength = 0;
    }
  }

  byte[] fingerprint() {
    return digest.digest();
  }

  long bytes() {
    return bytes;
  }

  private void received(byte[] source, int offset, int length) {
    bytes += length;
    digest.update(source, offset, length);
    int copied = 0;
    while (copied < length) {
      int room = Math.min(part.length - partLength, length - copied);
      System.arraycopy(source, offset + copied, part, partLength, room);
      partLength += room;
      copied += room;
      if (partLength == part.length) {
        sink.accept(parts++, part, partLength);
        partLength = 0;
      }
    }
  }
}
