package cn.gov.zhangye.credit.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers against the ES6 number test file of RFC 8785's reference implementation: the file is
 * generated here as its {@code testdata/numgen.go} generates it (fixed values, then 2,000 small
 * subnormal neighbours, then doubles drawn from a SHA-256 chain) with this implementation writing
 * each number, and its first lines must hash to the SHA-256 published with it.
 */
class CanonicalNumbersTest {

  private static final long FIRST_SERIAL = 0x0010000000000000L;
  private static final int SERIALS = 2000;

  /** The checksum testdata/README.md publishes for the first 10,000 lines. */
  private static final String PUBLISHED_10000 =
      "b9f7a8e75ef22a835685a52ccba7f7d6bdc99e34b010992cbc5864cd12be6892";

  @Test
  void theFirst10000LinesOfTheTestFileHashAsPublished() throws Exception {
    MessageDigest file = MessageDigest.getInstance("SHA-256");
    Generator numbers = new Generator(staticValues());
    for (int line = 0; line < 10_000; line++) {
      double value = numbers.next();
      String written =
          Long.toHexString(Double.doubleToRawLongBits(value))
              + ","
              + CanonicalJson.number(value)
              + "\n";
      file.update(written.getBytes(StandardCharsets.US_ASCII));
    }
    assertEquals(PUBLISHED_10000, HexFormat.of().formatHex(file.digest()));
  }

  private static List<Long> staticValues() throws Exception {
    return new String(
            CanonicalJsonTest.resource("es6-static-values.txt"), StandardCharsets.US_ASCII)
        .lines()
        .filter(line -> !line.startsWith("#"))
        .map(hex -> Long.parseUnsignedLong(hex, 16))
        .toList();
  }

  /** numgen.go's generator. */
  private static final class Generator {

    private final List<Long> fixed;
    private int index;
    private byte[] block = new byte[32];
    private ByteBuffer drawn = ByteBuffer.allocate(0);

    Generator(List<Long> fixed) {
      this.fixed = fixed;
    }

    double next() throws Exception {
      double value;
      if (index < fixed.size()) {
        value = Double.longBitsToDouble(fixed.get(index));
      } else if (index < fixed.size() + SERIALS) {
        value = Double.longBitsToDouble(FIRST_SERIAL + index - fixed.size());
      } else {
        value = 0;
        while (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
          if (!drawn.hasRemaining()) {
            block = MessageDigest.getInstance("SHA-256").digest(block);
            drawn = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
          }
          value = Double.longBitsToDouble(drawn.getLong());
        }
      }
      index++;
      return value;
    }
  }
}
