package cn.gov.zhangye.credit.submission.format;

import static cn.gov.zhangye.credit.submission.format.TestReaders.problem;
import static cn.gov.zhangye.credit.submission.format.TestReaders.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** UTF-8 only, in every format: a byte order mark is skipped, any other encoding refused. */
class EncodingTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static String body(BodyFormat format, String name) {
    return switch (format) {
      case JSON -> "[{\"recordType\": \"ADMIN_PENALTY\", \"sourceRef\": \"" + name + "\"}]";
      case NDJSON -> "{\"recordType\": \"ADMIN_PENALTY\", \"sourceRef\": \"" + name + "\"}\n";
      case CSV -> "recordType,sourceRef\nADMIN_PENALTY," + name + "\n";
    };
  }

  @ParameterizedTest
  @EnumSource(BodyFormat.class)
  void aByteOrderMarkIsSkipped(BodyFormat format) {
    byte[] body = concat(BOM, body(format, "张掖").getBytes(StandardCharsets.UTF_8));
    List<IncomingRecord> records = read(format, body);
    assertEquals("张掖", records.get(0).record().get("sourceRef").asText());
    assertEquals("ADMIN_PENALTY", records.get(0).record().get("recordType").asText());
  }

  @ParameterizedTest
  @EnumSource(BodyFormat.class)
  void gbkBytesAreRefusedWithTheirOffset(BodyFormat format) {
    String text = body(format, "张掖");
    byte[] body = text.getBytes(Charset.forName("GBK"));
    ProblemException problem = problem(format, body);
    assertEquals(SubmissionFormatProblems.INVALID_ENCODING, problem.type());
    assertEquals(422, problem.type().status());
    long offset = text.indexOf('张');
    assertArrayEquals(new Object[] {offset, "D5 C5 D2 B4"}, problem.detail().arguments());
  }

  @ParameterizedTest
  @EnumSource(BodyFormat.class)
  void aBadByteFarIntoTheBodyIsFoundAtItsOffset(BodyFormat format) {
    String record = body(format, "记录");
    StringBuilder text = new StringBuilder(format == BodyFormat.JSON ? "[" : "");
    String line =
        format == BodyFormat.JSON ? record.substring(1, record.length() - 1) + ",\n" : record;
    if (format == BodyFormat.CSV) {
      text.append("recordType,sourceRef\n");
      line = "ADMIN_PENALTY,记录\n";
    }
    while (text.length() < 200_000) {
      text.append(line);
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] body = concat(good, new byte[] {'"', (byte) 0xE8, (byte) 0xAE, '"'});
    ProblemException problem = problem(format, body);
    assertEquals(SubmissionFormatProblems.INVALID_ENCODING, problem.type());
    assertArrayEquals(new Object[] {good.length + 1L, "E8 AE 22"}, problem.detail().arguments());
  }

  @ParameterizedTest
  @EnumSource(BodyFormat.class)
  void aCharacterCutOffByTheEndOfTheBodyIsRefused(BodyFormat format) {
    byte[] good = body(format, "x").getBytes(StandardCharsets.UTF_8);
    byte[] body = concat(good, new byte[] {(byte) 0xE5, (byte) 0xBC});
    ProblemException problem = problem(format, body);
    assertArrayEquals(new Object[] {(long) good.length, "E5 BC"}, problem.detail().arguments());
  }

  @ParameterizedTest
  @EnumSource(BodyFormat.class)
  void overlongFormsAndSurrogatesAreNoUtf8(BodyFormat format) {
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}
        }) {
      byte[] body = concat(bad, body(format, "x").getBytes(StandardCharsets.UTF_8));
      assertEquals(0L, problem(format, body).detail().arguments()[0]);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
