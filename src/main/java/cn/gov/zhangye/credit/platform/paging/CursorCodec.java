package cn.gov.zhangye.credit.platform.paging;

import cn.gov.zhangye.credit.platform.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The text of a cursor: base64url without padding of a mark (one byte, {@code 0xC0} plus the
 * version, so that a cursor of another version is told from text that is no cursor at all), a check
 * (the first 8 bytes of the SHA-256 of what follows), then the listing's name, the fingerprint of
 * the filters it was issued for (4 bytes), the number of values and the values (each as {@link
 * DataOutputStream#writeUTF}).
 *
 * <p>The check is not a secret and needs none: a cursor grants nothing, the listing it is used in
 * is always the caller's own under the filters the request names. It makes a cursor changed or cut
 * short, by hand or on the way, a refused cursor rather than a silently wrong page.
 */
final class CursorCodec {

  static final int VERSION = 1;

  private static final int MARK = 0xC0;
  private static final int MARK_BITS = 0xF0;

  private static final int CHECK_BYTES = 8;
  private static final int FILTERS_BYTES = 4;
  private static final int MAX_VALUES = 8;
  private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

  private CursorCodec() {}

  static String encode(String listing, byte[] filters, List<String> values) {
    byte[] body =
        bytes(
            out -> {
              out.writeUTF(listing);
              out.write(filters);
              out.writeByte(values.size());
              for (String value : values) {
                out.writeUTF(value);
              }
            });
    byte[] cursor = new byte[1 + CHECK_BYTES + body.length];
    cursor[0] = (byte) (MARK | VERSION);
    System.arraycopy(check(body), 0, cursor, 1, CHECK_BYTES);
    System.arraycopy(body, 0, cursor, 1 + CHECK_BYTES, body.length);
    return TEXT.encodeToString(cursor);
  }

  /**
   * The values of {@code cursor}, issued by {@code listing} for {@code filters}.
   *
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException {@code invalid-cursor} saying
   *     why it is not such a cursor
   */
  static List<String> decode(String cursor, String listing, byte[] filters) {
    byte[] bytes = canonicalBase64(cursor);
    if (bytes.length < 1 + CHECK_BYTES || (bytes[0] & MARK_BITS) != MARK) {
      throw PagingProblems.invalidCursor("malformed");
    }
    if (bytes[0] != (byte) (MARK | VERSION)) {
      throw PagingProblems.invalidCursor("version");
    }
    byte[] body = Arrays.copyOfRange(bytes, 1 + CHECK_BYTES, bytes.length);
    if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 1, 1 + CHECK_BYTES), check(body))) {
      throw PagingProblems.invalidCursor("altered");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      if (!in.readUTF().equals(listing)) {
        throw PagingProblems.invalidCursor("other-listing");
      }
      if (!Arrays.equals(in.readNBytes(FILTERS_BYTES), filters)) {
        throw PagingProblems.invalidCursor("other-filters");
      }
      int count = in.readUnsignedByte();
      if (count > MAX_VALUES) {
        throw PagingProblems.invalidCursor("malformed");
      }
      List<String> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(in.readUTF());
      }
      if (in.available() > 0) {
        throw PagingProblems.invalidCursor("malformed");
      }
      return values;
    } catch (IOException truncated) {
      throw PagingProblems.invalidCursor("malformed");
    }
  }

  /** The fingerprint of a listing's filters, null members included. */
  static byte[] filters(String listing, List<?> filters) {
    byte[] described =
        bytes(
            out -> {
              out.writeUTF(listing);
              for (Object filter : filters) {
                out.writeBoolean(filter != null);
                out.writeUTF(filter == null ? "" : filter.toString());
              }
            });
    return Arrays.copyOf(Sha256.of(described), FILTERS_BYTES);
  }

  /** The bytes of {@code cursor}, only if it is exactly what {@link #encode} writes. */
  private static byte[] canonicalBase64(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      if (TEXT.encodeToString(bytes).equals(cursor)) {
        return bytes;
      }
    } catch (IllegalArgumentException notBase64url) {
      // refused below
    }
    throw PagingProblems.invalidCursor("malformed");
  }

  private static byte[] check(byte[] body) {
    return Arrays.copyOf(Sha256.of(body), CHECK_BYTES);
  }

  private static byte[] bytes(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    } catch (IOException impossible) {
      throw new UncheckedIOException("Writing to memory cannot fail", impossible);
    }
    return bytes.toByteArray();
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }
}
