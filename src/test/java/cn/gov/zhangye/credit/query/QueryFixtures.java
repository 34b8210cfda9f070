package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records made through the real submission API: the demo department submits licences, penalties and
 * list entries; the pilot counties submit the conditional types for subjects in their division.
 */
final class QueryFixtures {

  static final String DEPARTMENT = "demo-department";
  static final String SHANDAN = "demo-county-shandan";
  static final String AGENCY = "demo-agency";
  static final String BASIC_AGENCY = "demo-agency-basic";

  /** The county platform of 山丹县, 620725. */
  static final String SHANDAN_DIVISION = "620725";

  private static final String SHANDAN_AUTHORITY = TestCodes.authority(SHANDAN_DIVISION, 2002);

  private static final AtomicLong WORDS = new AtomicLong(System.nanoTime());

  private QueryFixtures() {}

  /** Three Chinese characters no other test uses in a name. */
  static String uniqueWord() {
    long n = WORDS.incrementAndGet();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      word.append((char) (0x4E00 + Math.floorMod(n, 20000)));
      n /= 20000;
    }
    return word.toString();
  }

  /** Submits {@code records} as {@code client} and expects every one accepted. */
  static void submit(String client, ObjectNode... records) {
    as(client)
        .contentType("application/x-ndjson")
        .body(TestRecords.ndjson(List.of(records)).getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.rejected", equalTo(0))
        .body("counts.accepted", equalTo(records.length));
  }

  static void revoke(String client, String recordType, String sourceRef) {
    as(client)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"决定已撤销\"}")
        .post("/api/v1/records/" + recordType + "/" + sourceRef + "/revocation")
        .then()
        .statusCode(200);
  }

  /** A bad record (不良记录, conditional sharing) of an organisation, decided five days ago. */
  static ObjectNode badRecord(String sourceRef, String creditCode, String name) {
    LocalDate decided = LocalDate.now().minusDays(5);
    ObjectNode fields = TestRecords.JSON.createObjectNode();
    fields.put("BL_ZTMC", name);
    fields.put("BL_ZTLB", "法人及非法人组织");
    fields.put("BL_SHXYM", creditCode);
    fields.put("BL_XWMS", "拖欠农民工工资");
    fields.put("BL_YJ", "《保障农民工工资支付条例》");
    fields.put("BL_RDRQ", decided.toString());
    fields.put("BL_RDJG", "山丹县人力资源和社会保障局");
    fields.put("BL_RDJGDM", SHANDAN_AUTHORITY);
    return TestRecords.record("BAD_RECORD", sourceRef, fields);
  }

  /** A credit rating (信用评价, conditional sharing) of an organisation, decided ten days ago. */
  static ObjectNode creditRating(String sourceRef, String creditCode, String name) {
    LocalDate decided = LocalDate.now().minusDays(10);
    ObjectNode fields = TestRecords.JSON.createObjectNode();
    fields.put("PJ_ZTMC", name);
    fields.put("PJ_ZTLB", "法人及非法人组织");
    fields.put("PJ_SHXYM", creditCode);
    fields.put("PJ_DJ", "A");
    fields.put("PJ_ND", String.valueOf(decided.getYear()));
    fields.put("PJ_PDRQ", decided.toString());
    fields.put("PJ_JG", "山丹县发展和改革局");
    fields.put("PJ_JGDM", SHANDAN_AUTHORITY);
    return TestRecords.record("CREDIT_RATING", sourceRef, fields);
  }

  /** An entry of the abnormal-operation list (经营异常名录), decided two days ago. */
  static ObjectNode abnormalOperation(String sourceRef, String creditCode, String name) {
    LocalDate decided = LocalDate.now().minusDays(2);
    ObjectNode fields = TestRecords.JSON.createObjectNode();
    fields.put("YC_LXDM", "SAMR_ABNORMAL_OPERATION");
    fields.put("YC_ZTMC", name);
    fields.put("YC_ZTLB", "法人及非法人组织");
    fields.put("YC_SHXYM", creditCode);
    fields.put("YC_LRYY", "未按规定报送年度报告");
    fields.put("YC_LRRQ", decided.toString());
    fields.put("YC_LRJG", "张掖市市场监督管理局");
    fields.put("YC_LRJGDM", TestRecords.CITY_AUTHORITY);
    return TestRecords.record("ABNORMAL_OPERATION", sourceRef, fields);
  }

  /** A penalty whose publication ended yesterday (公示截止日期 in the past). */
  static ObjectNode expiredPenalty(String sourceRef, String creditCode, String name) {
    ObjectNode record = TestRecords.penalty(sourceRef, creditCode, name);
    TestRecords.fields(record).put("CF_GSJZQ", LocalDate.now().minusDays(1).toString());
    return record;
  }
}
