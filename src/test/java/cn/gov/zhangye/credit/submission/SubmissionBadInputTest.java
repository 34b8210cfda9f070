package cn.gov.zhangye.credit.submission;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static cn.gov.zhangye.credit.testing.TestRecords.fields;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.http.RawHttp;
import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every bad input of the submission issue, over HTTP: a precise answer, and nothing written for a
 * refused batch.
 */
@QuarkusTest
class SubmissionBadInputTest {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";
  private static final String NDJSON = "application/x-ndjson";
  private static final String CSV = "text/csv";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String COMPANY_NAME = "张掖市甘州区示例商贸有限公司";

  @Test
  void malformedJsonIsRefusedWholeAndNothingIsStored() {
    String key = refusedKey();
    post("[" + penalty() + ", {\"recordType\": ", ContentType.JSON.toString(), key)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEMS + "malformed-request"));
    assertEquals(0, submissionsWith(key));
  }

  @Test
  void oneBrokenNdjsonLineRefusesThatRecordOnly() {
    String body = penalty() + "\n{\"recordType\": \"ADMIN_PENALTY\", broken\n" + penalty() + "\n";
    post(body, NDJSON)
        .statusCode(200)
        .body("counts.created", equalTo(2))
        .body("counts.rejected", equalTo(1))
        .body("errors[0].index", equalTo(1))
        .body("errors[0].line", equalTo(2));
  }

  @Test
  void anEmptyBodyIsRefused() {
    post("", NDJSON).statusCode(422).body("type", equalTo(PROBLEMS + "empty-batch"));
    post("[]", ContentType.JSON.toString())
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "empty-batch"));
  }

  @Test
  void gbkBytesAreRefusedNeverStoredAsMojibake() {
    String key = refusedKey();
    byte[] gbk = csv(penalty()).getBytes(Charset.forName("GBK"));
    as("demo-department")
        .contentType(CSV)
        .header(IDEMPOTENCY_KEY, key)
        .body(gbk)
        .post("/api/v1/submissions")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-encoding"));
    as("demo-department")
        .contentType("text/csv; charset=GBK")
        .header(IDEMPOTENCY_KEY, key)
        .body(gbk)
        .post("/api/v1/submissions")
        .then()
        .statusCode(415);
    assertEquals(0, submissionsWith(key));
  }

  @Test
  void csvWithChineseHeaderBomAndQuotedNewlineIsRead() {
    ObjectNode record = penalty();
    fields(record).put("CF_SY", "第一行\n第二行");
    String body = "\uFEFF" + csv(record);
    String ref = record.get("sourceRef").asText();
    post(body, CSV).statusCode(200).body("counts.created", equalTo(1));
    as("demo-department")
        .get("/api/v1/records/ADMIN_PENALTY/" + ref)
        .then()
        .statusCode(200)
        .body("fields.CF_SY", equalTo("第一行\n第二行"));
  }

  @Test
  void csvWithAnUnknownColumnOrWithoutRecordTypeIsRefused() {
    post("recordType,sourceRef,不存在的列\nADMIN_PENALTY,x,1\n", CSV)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-csv-header"))
        .body("errors[0].code", equalTo("unknown-column"))
        .body("errors[0].message", containsString("不存在的列"));
    post("sourceRef,CF_XDR_MC\nx,y\n", CSV)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-csv-header"));
  }

  @Test
  void aCsvRowMissingACellIsRefusedAlone() {
    String body = csv(penalty());
    String[] lines = body.split("\n");
    String shortRow = lines[1].substring(0, lines[1].lastIndexOf(','));
    post(
            lines[0]
                + "\n"
                + shortRow
                + "\n"
                + lines[1].replace(sourceRefOf(lines[1]), TestRecords.sourceRef("csv"))
                + "\n",
            CSV)
        .statusCode(200)
        .body("counts.created", equalTo(1))
        .body("errors[0].index", equalTo(0));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithTheLimit() throws java.io.IOException {
    String response =
        RawHttp.exchange(
            RestAssured.port,
            "POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Callers.token("demo-department")
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 600000000\r\n\r\n",
            "",
            0,
            false);
    assertTrue(response.startsWith("HTTP/1.1 413"), response);
    assertTrue(response.contains(PROBLEMS + "payload-too-large"), response);
    assertTrue(response.contains("536870912"), response);
  }

  @Test
  void moreRecordsThanTheBatchLimitAreRefused() {
    String key = refusedKey();
    post("{}\n".repeat(3001), NDJSON, key)
        .statusCode(413)
        .body("type", equalTo(PROBLEMS + "too-many-records"))
        .body("detail", containsString("3000"));
    assertEquals(0, submissionsWith(key));
  }

  @Test
  void recordErrorsNameTheRecordTheFieldAndTheRule() {
    ObjectNode unknownType = penalty();
    unknownType.put("recordType", "NO_SUCH_TYPE");
    ObjectNode badCheck = penalty();
    fields(badCheck)
        .put(
            "CF_XDR_SHXYM",
            TestCodes.withWrongCheck(fields(badCheck).get("CF_XDR_SHXYM").asText()));
    ObjectNode impossibleBirth =
        TestRecords.personPenalty(TestRecords.sourceRef("bad"), "620702199902310011", "张三");
    ObjectNode future = penalty();
    fields(future).put("CF_JDRQ", LocalDate.now().plusDays(3).toString());
    ObjectNode longText = penalty();
    fields(longText).put("CF_SY", "长".repeat(20_000));
    ObjectNode hugeFine = penalty();
    fields(hugeFine).put("CF_NR_FK", new java.math.BigDecimal("1e400"));
    ObjectNode notGranted =
        TestRecords.record(
            "BAD_RECORD", TestRecords.sourceRef("bad"), TestRecords.JSON.createObjectNode());

    post(
            TestRecords.ndjson(
                List.of(
                    unknownType,
                    badCheck,
                    impossibleBirth,
                    future,
                    longText,
                    hugeFine,
                    notGranted)),
            NDJSON)
        .statusCode(200)
        .body("counts.rejected", equalTo(7))
        .body("errors.find { it.index == 0 }.code", equalTo("unknown-record-type"))
        .body("errors.findAll { it.index == 1 }.code", hasItem("check-character"))
        .body("errors.findAll { it.index == 2 }.pointer", hasItem("/subject/code"))
        .body("errors.findAll { it.index == 3 }.pointer", hasItem("/fields/CF_JDRQ"))
        .body("errors.findAll { it.index == 4 }.pointer", hasItem("/fields/CF_SY"))
        .body("errors.findAll { it.index == 5 }.pointer", hasItem("/fields/CF_NR_FK"))
        .body("errors.find { it.index == 6 }.code", equalTo("record-type-not-granted"));
  }

  @Test
  void aDuplicateSourceRefInOneBatchIsRefusedAfterItsFirst() {
    ObjectNode record = penalty();
    post(TestRecords.ndjson(List.of(record, record)), NDJSON)
        .statusCode(200)
        .body("counts.created", equalTo(1))
        .body("errors[0].index", equalTo(1))
        .body("errors[0].code", equalTo("duplicate-source-ref"));
  }

  @Test
  void aCountyCannotSubmitAnotherCountysSubject() {
    ObjectNode linzeSubject =
        TestRecords.penalty(
            TestRecords.sourceRef("county"), TestRecords.newEnterprise("620723"), "临泽示例公司");
    fields(linzeSubject).put("CF_CFJGDM", TestCodes.authority("620723", 77));
    fields(linzeSubject).put("CF_SJLYDM", TestCodes.authority("620723", 77));
    as("demo-county-shandan")
        .contentType(NDJSON)
        .body(TestRecords.ndjson(List.of(linzeSubject)).getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.rejected", equalTo(1))
        .body("errors[0].code", equalTo("outside-division"));
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    String nested = "[".repeat(500) + "]".repeat(500);
    post(nested, ContentType.JSON.toString())
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "nesting-too-deep"));
  }

  private static ObjectNode penalty() {
    return TestRecords.penalty(
        TestRecords.sourceRef("bad"), TestRecords.newEnterprise("620702"), COMPANY_NAME);
  }

  private static String csv(ObjectNode record) {
    ObjectNode fields = fields(record);
    StringBuilder header = new StringBuilder("recordType,sourceRef");
    StringBuilder row =
        new StringBuilder(
            record.get("recordType").asText() + "," + record.get("sourceRef").asText());
    fields
        .properties()
        .forEach(
            field -> {
              header.append(',').append(field.getKey());
              String value =
                  field.getValue().isArray()
                      ? field.getValue().get(0).asText()
                      : field.getValue().asText();
              row.append(",\"").append(value.replace("\"", "\"\"")).append('"');
            });
    return header + "\n" + row + "\n";
  }

  private static String sourceRefOf(String csvRow) {
    return csvRow.split(",")[1];
  }

  private static ValidatableResponse post(String body, String contentType) {
    return as("demo-department")
        .contentType(contentType)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then();
  }

  private static ValidatableResponse post(String body, String contentType, String key) {
    return as("demo-department")
        .contentType(contentType)
        .header(IDEMPOTENCY_KEY, key)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then();
  }

  /** A key of its own for a request to be refused, so that what it stored can be counted. */
  private static String refusedKey() {
    return "refused-" + UUID.randomUUID();
  }

  private static long submissionsWith(String key) {
    return TestDatabase.count(
        "SELECT count(*) FROM submission WHERE client_id = 'demo-department'"
            + " AND idempotency_key = ?",
        key);
  }
}
