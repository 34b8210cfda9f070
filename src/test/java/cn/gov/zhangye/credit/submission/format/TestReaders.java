package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;

/** Readers over the shipped catalogue with small limits, and ways to read a whole body. */
final class TestReaders {

  static final int MAX_RECORD_BYTES = 4096;
  static final int MAX_DEPTH = 16;

  private static final RecordReaders READERS =
      new RecordReaders(
          new Catalog(Optional::empty),
          new SubmissionFormatConfig() {
            @Override
            public int maxNestingDepth() {
              return MAX_DEPTH;
            }

            @Override
            public int maxRecordBytes() {
              return MAX_RECORD_BYTES;
            }
          });

  private TestReaders() {}

  static List<IncomingRecord> read(BodyFormat format, String body) {
    return read(format, body.getBytes(StandardCharsets.UTF_8));
  }

  static List<IncomingRecord> read(BodyFormat format, byte[] body) {
    List<IncomingRecord> records = new ArrayList<>();
    try (RecordReader reader = READERS.open(format, new ByteArrayInputStream(body))) {
      Optional<IncomingRecord> next;
      while ((next = reader.next()).isPresent()) {
        records.add(next.get());
      }
      Assertions.assertEquals(body.length, reader.bytesRead());
    }
    return records;
  }

  static ProblemException problem(BodyFormat format, String body) {
    return problem(format, body.getBytes(StandardCharsets.UTF_8));
  }

  static ProblemException problem(BodyFormat format, byte[] body) {
    return Assertions.assertThrows(ProblemException.class, () -> read(format, body));
  }
}
