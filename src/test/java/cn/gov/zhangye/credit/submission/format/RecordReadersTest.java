package cn.gov.zhangye.credit.submission.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bean as the gateway configures it: the shipped catalogue and the default limits. */
@QuarkusTest
class RecordReadersTest {

  @Inject RecordReaders readers;

  @Test
  void readsCsvByTheCataloguesChineseFieldNames() {
    String body = "信息类别,来源编号,处罚决定日期\nADMIN_PENALTY,1,2026-03-02\n";
    try (RecordReader reader = open(BodyFormat.CSV, body)) {
      IncomingRecord record = reader.next().orElseThrow();
      assertEquals("2026-03-02", record.record().at("/fields/CF_JDRQ").asText());
      assertTrue(reader.next().isEmpty());
    }
  }

  @Test
  void theDefaultNestingLimitIsSixteenLevels() {
    String sixteen = "{\"a\":".repeat(15) + "{}" + "}".repeat(15);
    try (RecordReader reader = open(BodyFormat.NDJSON, sixteen + "\n{\"b\":" + sixteen + "}")) {
      assertTrue(reader.next().orElseThrow().readable());
      ProblemException problem = assertThrows(ProblemException.class, reader::next);
      assertEquals(SubmissionFormatProblems.NESTING_TOO_DEEP, problem.type());
      assertEquals(
          "The record at line 2 nests deeper than 16 levels (the record itself is level 1).",
          problem.detail().in(Languages.ENGLISH));
      assertEquals("第 2 行的记录嵌套超过 16 层（记录本身为第 1 层）。", problem.detail().in(Languages.CHINESE));
    }
  }

  @Test
  void theDefaultRecordLimitIs64KiB() {
    String record = "{\"fields\": {\"CF_SY\": \"%s\"}}";
    String fits = record.formatted("x".repeat(65_536 - record.length() + 2));
    String tooLarge = record.formatted("x".repeat(65_536 - record.length() + 3));
    try (RecordReader reader = open(BodyFormat.NDJSON, fits + "\n" + tooLarge + "\n")) {
      assertTrue(reader.next().orElseThrow().readable());
      assertEquals("record-too-large", reader.next().orElseThrow().defects().get(0).code());
    }
  }

  private RecordReader open(BodyFormat format, String body) {
    return readers.open(format, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }
}
