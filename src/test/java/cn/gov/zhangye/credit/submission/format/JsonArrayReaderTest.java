package cn.gov.zhangye.credit.submission.format;

import static cn.gov.zhangye.credit.submission.format.TestReaders.problem;
import static cn.gov.zhangye.credit.submission.format.TestReaders.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayReaderTest {

  @Test
  void readsEachRecordWithItsIndexAndTheLineOfItsBrace() {
    String body =
        """
        [
          {"recordType": "ADMIN_PENALTY", "sourceRef": "A-1",
           "subject": {"kind": "ORGANISATION", "code": "91620702MA71XY2KX8", "name": "甘州区某公司"},
           "fields": {"CF_WSH": "张市监罚〔2026〕1号", "处罚类别": ["罚款"]}},
          {"recordType": "ADMIN_PENALTY", "sourceRef": "A-2", "fields": {}}
        ]""";
    List<IncomingRecord> records = read(BodyFormat.JSON, body);
    assertEquals(2, records.size());
    IncomingRecord first = records.get(0);
    assertEquals(0, first.index());
    assertEquals(2, first.line());
    assertTrue(first.readable());
    assertEquals("甘州区某公司", first.record().at("/subject/name").asText());
    assertEquals("罚款", first.record().at("/fields/处罚类别/0").asText());
    assertEquals("张市监罚〔2026〕1号", first.record().at("/fields/CF_WSH").asText());
    assertEquals(1, records.get(1).index());
    assertEquals(5, records.get(1).line());
  }

  @Test
  void numbersKeepEveryDigitAndTheirRange() {
    List<IncomingRecord> records =
        read(
            BodyFormat.JSON,
            "[{\"fields\": {\"big\": 1e400, \"small\": -0.0000001, \"exact\": 0.1, \"long\":"
                + " 123456789012345678901234567890, \"scale\": 2.50}}]");
    var fields = records.get(0).record().get("fields");
    assertEquals(new BigDecimal("1e400"), fields.get("big").decimalValue());
    assertEquals(new BigDecimal("-0.0000001"), fields.get("small").decimalValue());
    assertEquals(new BigDecimal("0.1"), fields.get("exact").decimalValue());
    assertEquals(
        new BigDecimal("123456789012345678901234567890"), fields.get("long").decimalValue());
    assertEquals("2.50", fields.get("scale").decimalValue().toPlainString());
  }

  @Test
  void anElementThatIsNoObjectIsADefectOfThatRecordOnly() {
    List<IncomingRecord> records =
        read(
            BodyFormat.JSON,
            "[{\"sourceRef\": \"1\"}, 42, [1], \"x\", null, {\"sourceRef\": \"2\"}]");
    assertEquals(6, records.size());
    assertTrue(records.get(0).readable());
    for (int i = 1; i <= 4; i++) {
      assertEquals("not-an-object", records.get(i).defects().get(0).code());
      assertEquals(i, records.get(i).index());
    }
    assertEquals("2", records.get(5).record().get("sourceRef").asText());
  }

  @Test
  void aKeyGivenTwiceIsADefectPointingAtIt() {
    IncomingRecord record =
        read(
                BodyFormat.JSON,
                "[{\"sourceRef\": \"1\", \"fields\": {\"CF_WSH\": \"a\", \"CF_WSH\": \"b\"}}]")
            .get(0);
    assertEquals(1, record.defects().size());
    assertEquals("/fields/CF_WSH", record.defects().get(0).pointer());
    assertEquals("duplicate-key", record.defects().get(0).code());
    assertEquals("a", record.record().at("/fields/CF_WSH").asText());
  }

  @Test
  void aRecordOverTheSizeLimitIsADefectAndTheNextOneIsRead() {
    String longText = "长".repeat(TestReaders.MAX_RECORD_BYTES);
    List<IncomingRecord> records =
        read(
            BodyFormat.JSON,
            "[{\"sourceRef\": \"1\", \"fields\": {\"CF_SY\": \""
                + longText
                + "\"}},\n {\"sourceRef\": \"2\"}, \""
                + longText
                + "\"]");
    assertEquals(3, records.size());
    assertEquals("record-too-large", records.get(0).defects().get(0).code());
    assertEquals(
        TestReaders.MAX_RECORD_BYTES, records.get(0).defects().get(0).message().arguments()[0]);
    assertTrue(records.get(1).readable());
    assertEquals(2, records.get(1).line());
    assertEquals("record-too-large", records.get(2).defects().get(0).code());
  }

  @Test
  void malformedJsonIsABatchProblemWithLineAndByteOffset() {
    ProblemException problem =
        problem(BodyFormat.JSON, "[\n{\"sourceRef\": \"1\"},\n{\"sourceRef\": \"2\" \"x\": 1}\n]");
    assertEquals(ProblemType.MALFORMED_REQUEST, problem.type());
    assertEquals("problem.malformed-request.json-record-syntax", problem.detail().key());
    assertEquals(1, problem.detail().arguments()[0]);
    assertEquals(3L, problem.detail().arguments()[1]);
    long offset = (long) problem.detail().arguments()[2];
    assertTrue(offset >= 40 && offset <= 45, "offset " + offset);
  }

  @Test
  void theArrayMustBeWellFormed() {
    assertMalformed("[{\"a\": 1} {\"b\": 2}]", "json-expected-comma", 1L, 10L, "{");
    assertMalformed("[{\"a\": 1},\n]", "json-expected-record", 2L, 11L, "]");
    assertMalformed("[{\"a\": 1}] x", "json-trailing-content", 1L, 11L, "x");
    assertMalformed("x[]", "json-expected-array", 1L, 0L, "x");
    assertMalformed("[{\"a\": 1},\n{\"b\": [1, 2]", "json-unexpected-end", 2L, 23L);
    assertMalformed("[{\"a\": \"open string}]", "json-unexpected-end", 1L, 21L);
    assertMalformed("[{\"a\": 1}, :]", "json-expected-record", 1L, 11L, ":");
  }

  private static void assertMalformed(String body, String key, Object... arguments) {
    ProblemException problem = problem(BodyFormat.JSON, body);
    assertEquals(ProblemType.MALFORMED_REQUEST, problem.type(), body);
    assertEquals("problem.malformed-request." + key, problem.detail().key(), body);
    assertArrayEquals(arguments, problem.detail().arguments(), body);
  }

  @Test
  void aBodyThatIsNoArrayIsRefused() {
    ProblemException problem = problem(BodyFormat.JSON, "{\"recordType\": \"ADMIN_PENALTY\"}");
    assertEquals(SubmissionFormatProblems.NOT_A_JSON_ARRAY, problem.type());
    assertArrayEquals(new Object[] {"{"}, problem.detail().arguments());
  }

  @Test
  void anEmptyBodyOrArrayIsAnEmptyBatch() {
    for (String body : new String[] {"", "  \n ", "[]", "[ \n ]"}) {
      assertEquals(
          SubmissionFormatProblems.EMPTY_BATCH, problem(BodyFormat.JSON, body).type(), body);
    }
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedBeforeTheRecordIsRead() {
    String fifteen = "[".repeat(15) + "]".repeat(15);
    assertEquals(
        "not-an-object", read(BodyFormat.JSON, "[" + fifteen + "]").get(0).defects().get(0).code());
    String deep = "{\"a\":".repeat(17) + "1" + "}".repeat(17);
    ProblemException problem = problem(BodyFormat.JSON, "[\n" + deep + "]");
    assertEquals(SubmissionFormatProblems.NESTING_TOO_DEEP, problem.type());
    assertEquals(400, problem.type().status());
    assertArrayEquals(new Object[] {16, 2L}, problem.detail().arguments());
    String hostile = "[" + "[".repeat(1_000_000);
    assertEquals(
        SubmissionFormatProblems.NESTING_TOO_DEEP, problem(BodyFormat.JSON, hostile).type());
  }
}
