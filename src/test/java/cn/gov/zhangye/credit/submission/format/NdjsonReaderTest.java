package cn.gov.zhangye.credit.submission.format;

import static cn.gov.zhangye.credit.submission.format.TestReaders.problem;
import static cn.gov.zhangye.credit.submission.format.TestReaders.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

  @Test
  void oneBrokenLineIsADefectAndTheOthersComeThrough() {
    String body =
        """
        {"recordType": "ADMIN_PENALTY", "sourceRef": "1", "fields": {}}
        {"recordType": "ADMIN_PENALTY", "sourceRef": "2", "fields": {"处罚事由": "无证经营",}

        {"recordType": "ADMIN_PENALTY", "sourceRef": "3", "fields": {}}
        """;
    List<IncomingRecord> records = read(BodyFormat.NDJSON, body);
    assertEquals(3, records.size());
    assertTrue(records.get(0).readable());
    IncomingRecord broken = records.get(1);
    assertEquals(1, broken.index());
    assertEquals(2, broken.line());
    assertEquals("malformed-json", broken.defects().get(0).code());
    assertEquals("", broken.defects().get(0).pointer());
    Object[] where = broken.defects().get(0).message().arguments();
    assertEquals(2L, where[0]);
    assertEquals(77L, where[1], "the column of the closing brace, in characters");
    assertTrue(broken.record().isEmpty());
    assertEquals("3", records.get(2).record().get("sourceRef").asText());
    assertEquals(2, records.get(2).index());
    assertEquals(4, records.get(2).line());
  }

  @Test
  void linesEndWithLineFeedsOrCarriageReturnLineFeedsAndTheLastNeedsNone() {
    List<IncomingRecord> records =
        read(BodyFormat.NDJSON, "{\"sourceRef\": \"1\"}\r\n\r\n  \t\r\n{\"sourceRef\": \"2\"}");
    assertEquals(2, records.size());
    assertEquals(4, records.get(1).line());
    assertTrue(records.get(1).readable());
  }

  @Test
  void aLineThatIsNoObjectOrHoldsTwoValuesIsADefect() {
    List<IncomingRecord> records =
        read(BodyFormat.NDJSON, "[{\"sourceRef\": \"1\"}]\n\"text\"\n{\"a\": 1} {\"b\": 2}\n");
    assertEquals("not-an-object", records.get(0).defects().get(0).code());
    assertEquals("not-an-object", records.get(1).defects().get(0).code());
    assertEquals("malformed-json", records.get(2).defects().get(0).code());
  }

  @Test
  void extremelyLongLinesAndNumbersAreDefectsOfTheirRecord() {
    String longLine = "{\"fields\": {\"CF_SY\": \"" + "x".repeat(10_000_000) + "\"}}";
    String longNumber = "{\"fields\": {\"CF_NR_FK\": 1" + "0".repeat(2000) + "}}";
    List<IncomingRecord> records =
        read(BodyFormat.NDJSON, longLine + "\n" + longNumber + "\n{\"sourceRef\": \"3\"}\n");
    assertEquals(3, records.size());
    assertEquals("record-too-large", records.get(0).defects().get(0).code());
    assertEquals("value-too-long", records.get(1).defects().get(0).code());
    assertEquals(3, records.get(2).line());
    assertTrue(records.get(2).readable());
  }

  @Test
  void numbersOutOfEveryBinaryRangeAreKeptExactly() {
    var fields =
        read(
                BodyFormat.NDJSON,
                "{\"fields\": {\"CF_NR_FK\": 1e400, \"CF_NR_WFFF\": -0.0000001, \"x\": -1E-400}}")
            .get(0)
            .record()
            .get("fields");
    assertEquals(new BigDecimal("1e400"), fields.get("CF_NR_FK").decimalValue());
    assertEquals("-1E-7", fields.get("CF_NR_WFFF").decimalValue().toString());
    assertEquals(new BigDecimal("-1E-400"), fields.get("x").decimalValue());
  }

  @Test
  void deepNestingIsABatchProblemNamingTheLine() {
    String deep = "{\"a\":".repeat(20) + "1" + "}".repeat(20);
    ProblemException problem = problem(BodyFormat.NDJSON, "{\"sourceRef\": \"1\"}\n" + deep);
    assertEquals(SubmissionFormatProblems.NESTING_TOO_DEEP, problem.type());
    assertArrayEquals(new Object[] {16, 2L}, problem.detail().arguments());
  }

  @Test
  void blankLinesOnlyAreAnEmptyBatch() {
    assertEquals(
        SubmissionFormatProblems.EMPTY_BATCH, problem(BodyFormat.NDJSON, "\n\r\n  \n").type());
  }
}
