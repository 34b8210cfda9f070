package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN_DIVISION;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subject with more records than a snapshot holds ({@code credit.query.snapshot-records}): its
 * profile counts all of them and says the list is partial, its record listing pages through all of
 * them from the record store (each once, in order, the agency's visibility applied), and its report
 * reads no more than {@code credit.report.max-records}.
 */
@QuarkusTest
@TestProfile(TruncatedSnapshotTest.SmallSnapshots.class)
class TruncatedSnapshotTest {

  static final int REPORT_RECORDS = 3;

  /** Snapshots of five records, reports of three. */
  public static class SmallSnapshots implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "credit.query.snapshot-records",
          "5",
          "credit.report.max-records",
          String.valueOf(REPORT_RECORDS));
    }
  }

  @Inject Catalog catalog;

  /** Six licences decided 3 to 8 days ago; bad records (conditional) 1 and 30 days ago. */
  private static String subjectWithEightRecords() {
    String company = TestRecords.newEnterprise(SHANDAN_DIVISION);
    String name = "山丹分页示例商贸有限公司";
    List<ObjectNode> licences = new ArrayList<>();
    for (int daysAgo = 3; daysAgo <= 8; daysAgo++) {
      ObjectNode licence = TestRecords.licence(TestRecords.sourceRef("trunc"), company, name);
      String decided = LocalDate.now().minusDays(daysAgo).toString();
      TestRecords.fields(licence).put("XK_JDRQ", decided);
      TestRecords.fields(licence).put("XK_YXQZ", decided);
      licences.add(licence);
    }
    submit(DEPARTMENT, licences.toArray(ObjectNode[]::new));
    for (int daysAgo : List.of(1, 30)) {
      ObjectNode bad = QueryFixtures.badRecord(TestRecords.sourceRef("trunc"), company, name);
      TestRecords.fields(bad).put("BL_RDRQ", LocalDate.now().minusDays(daysAgo).toString());
      submit(SHANDAN, bad);
    }
    return company;
  }

  @Test
  void theProfileCountsEveryRecordSaysTheListIsPartialAndFollowsAChange() {
    String company = subjectWithEightRecords();
    as(AGENCY)
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200)
        .body("recordCounts.ADMIN_LICENCE", equalTo(6))
        .body("recordCounts.BAD_RECORD", equalTo(2))
        .body("recordsTruncated", equalTo(true));
    as(BASIC_AGENCY)
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200)
        .body("recordCounts.ADMIN_LICENCE", equalTo(6))
        .body("recordCounts.BAD_RECORD", nullValue())
        .body("recordsTruncated", equalTo(true));

    submit(
        DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("trunc"), company, "山丹分页示例商贸有限公司"));
    as(AGENCY)
        .get("/api/v1/subjects/" + company)
        .then()
        .statusCode(200)
        .body("recordCounts.ADMIN_LICENCE", equalTo(7));
  }

  @Test
  void theCursorWalksEveryVisibleRecordOnceNewestDecisionFirst() {
    String company = subjectWithEightRecords();

    List<Map<String, Object>> all = walk(AGENCY, company, "");
    assertEquals(daysAgo(1, 3, 4, 5, 6, 7, 8, 30), decisionDates(all));
    assertEquals(8, new HashSet<>(ids(all)).size(), "each record exactly once");

    List<Map<String, Object>> basic = walk(BASIC_AGENCY, company, "");
    assertEquals(daysAgo(3, 4, 5, 6, 7, 8), decisionDates(basic));
    assertEquals(
        List.of("ADMIN_LICENCE"), basic.stream().map(r -> r.get("recordType")).distinct().toList());
    assertEquals(
        all.stream()
            .filter(r -> r.get("recordType").equals("ADMIN_LICENCE"))
            .map(r -> r.get("id"))
            .toList(),
        ids(basic));

    List<Map<String, Object>> filtered =
        walk(AGENCY, company, "&type=ADMIN_LICENCE&from=" + LocalDate.now().minusDays(6));
    assertEquals(daysAgo(3, 4, 5, 6), decisionDates(filtered));
  }

  @Test
  void aReportReadsNoMoreThanItsCapInTheCatalogueOrder() {
    String company = subjectWithEightRecords();
    List<Map<String, Object>> all = walk(AGENCY, company, "");
    List<String> order = catalog.recordTypes().stream().map(RecordType::code).toList();
    List<String> expected =
        all.stream()
            .sorted(Comparator.comparingInt(r -> order.indexOf((String) r.get("recordType"))))
            .limit(REPORT_RECORDS)
            .map(r -> (String) r.get("decisionDate"))
            .toList();

    JsonPath report = report(AGENCY, company);
    assertEquals(8, report.getInt("recordCount"));
    assertEquals(true, report.getBoolean("truncated"));
    assertEquals(expected, report.getList("records.decisionDate"));

    JsonPath basic = report(BASIC_AGENCY, company);
    assertEquals(6, basic.getInt("recordCount"));
    assertEquals(daysAgo(3, 4, 5), basic.getList("records.decisionDate"));
    assertEquals(
        List.of("ADMIN_LICENCE"),
        basic.getList("records.recordType", String.class).stream().distinct().toList());
  }

  private static JsonPath report(String agency, String company) {
    return as(agency)
        .get("/api/v1/subjects/" + company + "/report")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Every page of two records, from the first to the one without a next. */
  private static List<Map<String, Object>> walk(String agency, String company, String filters) {
    List<Map<String, Object>> records = new ArrayList<>();
    String cursor = "";
    do {
      JsonPath page =
          as(agency)
              .get("/api/v1/subjects/" + company + "/records?size=2&cursor=" + cursor + filters)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      records.addAll(page.getList("items"));
      cursor = page.getString("next");
    } while (cursor != null);
    return records;
  }

  private static List<String> daysAgo(int... days) {
    List<String> dates = new ArrayList<>();
    for (int day : days) {
      dates.add(LocalDate.now().minusDays(day).toString());
    }
    return dates;
  }

  private static List<String> decisionDates(List<Map<String, Object>> records) {
    return records.stream().map(r -> (String) r.get("decisionDate")).toList();
  }

  private static List<Object> ids(List<Map<String, Object>> records) {
    return records.stream().map(r -> r.get("id")).toList();
  }
}
