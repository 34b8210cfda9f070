package cn.gov.zhangye.credit.submission.format;

import static cn.gov.zhangye.credit.submission.format.TestReaders.problem;
import static cn.gov.zhangye.credit.submission.format.TestReaders.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void chineseHeadersBecomeTheCanonicalRecordWithFieldsByCode() throws Exception {
    String body =
        """
        信息类别,来源编号,主体类别,主体代码,主体名称,行政相对人名称,处罚类别,罚款金额（万元）,CF_JDRQ,备注
        ADMIN_PENALTY,P-1,ORGANISATION,91620702MA71XY2KX8,甘州区某公司,甘州区某公司,警告；罚款、没收违法所得,0.5,2026-03-01,
        """;
    IncomingRecord record = read(BodyFormat.CSV, body).get(0);
    assertTrue(record.readable());
    assertEquals(0, record.index());
    assertEquals(2, record.line());
    assertEquals(
        JSON.readTree(
            """
            {"recordType": "ADMIN_PENALTY", "sourceRef": "P-1",
             "subject": {"kind": "ORGANISATION", "code": "91620702MA71XY2KX8", "name": "甘州区某公司"},
             "fields": {"CF_XDR_MC": "甘州区某公司", "CF_CFLB": ["警告", "罚款", "没收违法所得"],
                        "CF_NR_FK": 0.5, "CF_JDRQ": "2026-03-01"}}"""),
        JSON.readTree(JSON.writeValueAsString(record.record())));
    assertEquals(
        List.of("recordType", "sourceRef", "subject", "fields"),
        iterate(record.record().fieldNames()));
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void numberCellsKeepTheirPrecisionAndCellsThatAreNoNumberStayText() {
    String body =
        """
        recordType,sourceRef,CF_NR_FK,CF_NR_WFFF
        ADMIN_PENALTY,1,1e400,-0.0000001
        ADMIN_PENALTY,2,"1,000.5", 12.30\s
        """;
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    JsonNode first = records.get(0).record().get("fields");
    assertEquals(new BigDecimal("1e400"), first.get("CF_NR_FK").decimalValue());
    assertEquals(new BigDecimal("-0.0000001"), first.get("CF_NR_WFFF").decimalValue());
    JsonNode second = records.get(1).record().get("fields");
    assertTrue(second.get("CF_NR_FK").isTextual());
    assertEquals("1,000.5", second.get("CF_NR_FK").asText());
    assertEquals("12.30", second.get("CF_NR_WFFF").decimalValue().toPlainString());
  }

  @Test
  void quotedCellsKeepLineBreaksQuotesAndCommasAndLinesAreCounted() {
    String body =
        "recordType,sourceRef,CF_SY\r\n"
            + "ADMIN_PENALTY,1,\"第一行\r\n第二行，含\"\"引号\"\", 和逗号\"\r\n"
            + "ADMIN_PENALTY,2,x\r\n";
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    assertEquals("第一行\r\n第二行，含\"引号\", 和逗号", records.get(0).record().at("/fields/CF_SY").asText());
    assertEquals(2, records.get(0).line());
    assertEquals(4, records.get(1).line());
    assertEquals(1, records.get(1).index());
  }

  @Test
  void aRowWithMissingOrExtraCellsIsADefectKeepingWhatItHas() {
    String body =
        """
        recordType,sourceRef,CF_WSH,CF_SY
        ADMIN_PENALTY,1,文号
        ADMIN_PENALTY,2,文号,事实,多余
        ADMIN_PENALTY,3,文号,事实
        """;
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    assertEquals(3, records.size());
    Violation missing = records.get(0).defects().get(0);
    assertEquals("cell-count", missing.code());
    assertArrayEquals(new Object[] {3, 4}, missing.message().arguments());
    assertEquals("1", records.get(0).record().get("sourceRef").asText());
    assertEquals("cell-count", records.get(1).defects().get(0).code());
    assertTrue(records.get(2).readable());
  }

  @Test
  void emptyCellsAreAbsentFieldsAndEmptyRowsAreSkipped() {
    String body =
        """
        recordType,sourceRef,subjectKind,subjectCode,subjectName,CF_WSH,CF_CFLB
        ADMIN_PENALTY,1,,,,,
        ,,,,,,

        ADMIN_PENALTY,2,,, ,文号,；
        """;
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    assertEquals(2, records.size());
    assertFalse(records.get(0).record().has("subject"));
    assertTrue(records.get(0).record().get("fields").isEmpty());
    assertEquals(1, records.get(1).index());
    assertEquals(5, records.get(1).line());
    assertEquals("{\"CF_WSH\":\"文号\"}", records.get(1).record().get("fields").toString());
  }

  @Test
  void aChineseNameMeansTheFieldOfTheRowsRecordType() {
    String body =
        """
        recordType,sourceRef,主体名称,主体类别,统一社会信用代码,CF_XDR_MC,subjectCode
        BAD_RECORD,1,某公司,法人及非法人组织,91620702MA71XY2KX8,,91620702MA71XY2KX8
        ADMIN_PENALTY,2,某公司,ORGANISATION,91620702MA71XY2KX8,某公司,
        """;
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    JsonNode badRecord = records.get(0).record();
    assertEquals("某公司", badRecord.at("/fields/BL_ZTMC").asText());
    assertEquals("法人及非法人组织", badRecord.at("/fields/BL_ZTLB").asText());
    assertEquals("91620702MA71XY2KX8", badRecord.at("/fields/BL_SHXYM").asText());
    assertEquals("{\"code\":\"91620702MA71XY2KX8\"}", badRecord.get("subject").toString());
    JsonNode penalty = records.get(1).record();
    assertEquals("某公司", penalty.at("/subject/name").asText());
    assertEquals("ORGANISATION", penalty.at("/subject/kind").asText());
    assertEquals("91620702MA71XY2KX8", penalty.at("/fields/CF_XDR_SHXYM").asText());
    assertEquals("某公司", penalty.at("/fields/CF_XDR_MC").asText());
  }

  @Test
  void anUnknownRecordTypePassesTheCellsOnKeyedAsGiven() {
    String body =
        """
        recordType,sourceRef,罚款金额（万元）,CF_CFLB
        NO_SUCH_TYPE,1,0.5,警告；罚款
        """;
    JsonNode record = read(BodyFormat.CSV, body).get(0).record();
    assertEquals("NO_SUCH_TYPE", record.get("recordType").asText());
    assertEquals("0.5", record.get("fields").get("罚款金额（万元）").textValue());
    assertEquals("警告；罚款", record.get("fields").get("CF_CFLB").textValue());
  }

  @Test
  void unknownColumnsAreNamedAllAtOnce() {
    ProblemException problem =
        problem(
            BodyFormat.CSV, "recordType,sourceRef,罚款,CF_WSH,CF_NO_SUCH\nADMIN_PENALTY,1,2,3,4\n");
    assertEquals(SubmissionFormatProblems.INVALID_CSV_HEADER, problem.type());
    assertEquals(422, problem.type().status());
    assertEquals(2, problem.violations().size());
    assertEquals("/header/2", problem.violations().get(0).pointer());
    assertEquals("unknown-column", problem.violations().get(0).code());
    assertArrayEquals(new Object[] {"罚款", 3}, problem.violations().get(0).message().arguments());
    assertArrayEquals(
        new Object[] {"CF_NO_SUCH", 5}, problem.violations().get(1).message().arguments());
  }

  @Test
  void recordTypeAndSourceRefColumnsAreRequired() {
    ProblemException problem = problem(BodyFormat.CSV, "CF_WSH,CF_SY\n1,2\n");
    assertEquals(SubmissionFormatProblems.INVALID_CSV_HEADER, problem.type());
    assertEquals(
        List.of("missing-column", "missing-column"),
        problem.violations().stream().map(Violation::code).toList());
    assertEquals("recordType/信息类别/记录类型", problem.violations().get(0).message().arguments()[0]);
    assertEquals("sourceRef/来源编号", problem.violations().get(1).message().arguments()[0]);
  }

  @Test
  void aColumnGivenTwiceIsRefusedByNameAliasOrCode() {
    for (String header :
        new String[] {
          "recordType,sourceRef,CF_WSH,CF_WSH",
          "recordType,信息类别,sourceRef",
          "recordType,sourceRef,CF_WSH,行政处罚决定书文号",
          "recordType,sourceRef,subjectName,主体名称",
          "recordType,sourceRef,subjectKind,主体类别"
        }) {
      ProblemException problem = problem(BodyFormat.CSV, header + "\nADMIN_PENALTY,1,2,3\n");
      assertEquals(SubmissionFormatProblems.INVALID_CSV_HEADER, problem.type(), header);
      assertEquals(1, problem.violations().size(), header);
      assertEquals("duplicate-column", problem.violations().get(0).code(), header);
    }
  }

  @Test
  void anUnclosedQuoteIsABatchProblem() {
    ProblemException problem =
        problem(BodyFormat.CSV, "recordType,sourceRef\nADMIN_PENALTY,1\nADMIN_PENALTY,\"2\n");
    assertEquals(ProblemType.MALFORMED_REQUEST, problem.type());
    assertArrayEquals(new Object[] {3L}, problem.detail().arguments());
  }

  @Test
  void aHeaderWithoutRowsIsAnEmptyBatch() {
    assertEquals(
        SubmissionFormatProblems.EMPTY_BATCH,
        problem(BodyFormat.CSV, "recordType,sourceRef\r\n,\r\n").type());
    assertEquals(SubmissionFormatProblems.EMPTY_BATCH, problem(BodyFormat.CSV, "").type());
  }

  @Test
  void anOverlongRowIsADefect() {
    String body =
        "recordType,sourceRef,CF_SY\nADMIN_PENALTY,1,\""
            + "长\n".repeat(TestReaders.MAX_RECORD_BYTES)
            + "\"\nADMIN_PENALTY,2,x\n";
    List<IncomingRecord> records = read(BodyFormat.CSV, body);
    assertEquals("record-too-large", records.get(0).defects().get(0).code());
    assertEquals(TestReaders.MAX_RECORD_BYTES + 3L, records.get(1).line());
    assertTrue(records.get(1).readable());
  }
}
