package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The bytes of a body, read in chunks and checked to be UTF-8 as they arrive; a leading byte order
 * mark is skipped. The readers scan {@link #buffer} from {@link #position} to {@link #end}
 * directly, for speed: that range holds complete, well-formed characters only.
 */
final class BodyBytes implements AutoCloseable {

  private static final int CHUNK = 64 * 1024;
  private static final int LONGEST_CHARACTER = 4;

  private final InputStream in;
  final byte[] buffer = new byte[CHUNK];

  /** The next byte to scan. */
  int position;

  /** The end of the checked bytes. */
  int end;

  /** The end of the bytes read: a character cut by the chunk's end waits here for the rest. */
  private int filled;

  /** The offset in the body of {@code buffer[0]}. */
  private long bufferOffset;

  private boolean started;
  private boolean exhausted;

  BodyBytes(InputStream in) {
    this.in = in;
  }

  /** Whether bytes are left to scan, reading more if needed; {@code false} at the end. */
  boolean available() {
    return position < end || fill();
  }

  /** The offset in the body of {@code buffer[index]}, from 0. */
  long offsetOf(int index) {
    return bufferOffset + index;
  }

  long bytesRead() {
    return bufferOffset + filled;
  }

  /** The character at {@link #position}, for a message. */
  String characterAtPosition() {
    int length = Math.max(1, Utf8.length(buffer[position] & 0xFF));
    return new String(buffer, position, length, StandardCharsets.UTF_8);
  }

  private boolean fill() {
    while (!exhausted) {
      int carried = filled - end;
      System.arraycopy(buffer, end, buffer, 0, carried);
      bufferOffset += end;
      position = 0;
      end = 0;
      filled = carried;
      read();
      if (!started) {
        skipByteOrderMark();
      }
      end = Utf8.wellFormedEnd(buffer, position, filled);
      if (end < filled && (exhausted || filled - end >= LONGEST_CHARACTER)) {
        throw invalidEncoding();
      }
      if (end > position) {
        return true;
      }
    }
    return false;
  }

  private void read() {
    try {
      do {
        int count = in.read(buffer, filled, buffer.length - filled);
        if (count < 0) {
          exhausted = true;
          return;
        }
        filled += count;
      } while (!started && filled < 3);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void skipByteOrderMark() {
    started = true;
    if (filled >= 3
        && buffer[0] == (byte) 0xEF
        && buffer[1] == (byte) 0xBB
        && buffer[2] == (byte) 0xBF) {
      position = 3;
    }
  }

  private ProblemException invalidEncoding() {
    int length = Math.min(LONGEST_CHARACTER, filled - end);
    String bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(buffer, end, end + length);
    return new ProblemException(
        SubmissionFormatProblems.INVALID_ENCODING,
        new Text("problem.invalid-encoding.detail", offsetOf(end), bytes));
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
