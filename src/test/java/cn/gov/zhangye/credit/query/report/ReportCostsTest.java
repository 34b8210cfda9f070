package cn.gov.zhangye.credit.query.report;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Concurrently;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What a report costs and how far it goes: more units than a query, at most so many records (and it
 * says when there were more), and only so many PDFs rendered at once.
 */
@QuarkusTest
@TestProfile(ReportLimits.class)
class ReportCostsTest {

  private static final String AGENCY = "demo-agency";
  private static final String NAME = "张掖市甘州区报告限额有限公司";

  @Test
  void aReportCostsFiveUnitsWhereAQueryCostsOne() {
    String company = withRecords(1);
    assertEquals(1, costOf(() -> as(AGENCY).get("/api/v1/subjects/" + company)));
    assertEquals(5, costOf(() -> as(AGENCY).get("/api/v1/subjects/" + company + "/report")));
  }

  @Test
  void aReportOfMoreRecordsThanItMayHoldSaysItIsTruncatedAndHowManyThereAre() throws Exception {
    String company = withRecords(ReportLimits.MAX_RECORDS + 2);
    as(AGENCY)
        .get("/api/v1/subjects/" + company + "/report")
        .then()
        .statusCode(200)
        .body("records", hasSize(ReportLimits.MAX_RECORDS))
        .body("recordCount", equalTo(ReportLimits.MAX_RECORDS + 2))
        .body("truncated", equalTo(true));
    String text = pdfText(company).replaceAll("\\s+", "");
    assertTrue(text.contains("只列出前3条，共5条"), text);
    assertTrue(text.contains("liststhefirst3of5"), text);

    String few = withRecords(2);
    as(AGENCY)
        .get("/api/v1/subjects/" + few + "/report")
        .then()
        .statusCode(200)
        .body("records", hasSize(2))
        .body("recordCount", equalTo(2))
        .body("truncated", equalTo(false));
    assertTrue(!pdfText(few).contains("Too many records"));
  }

  @Test
  void morePdfsAtOnceThanMayRenderAreRefusedWithRetryAfter() throws Exception {
    String company = withRecords(ReportLimits.MAX_RECORDS);
    List<Response> answers =
        Concurrently.run(
            8,
            call ->
                as(AGENCY)
                    .accept("application/pdf")
                    .get("/api/v1/subjects/" + company + "/report"));
    long rendered = answers.stream().filter(answer -> answer.statusCode() == 200).count();
    List<Response> refused = answers.stream().filter(answer -> answer.statusCode() != 200).toList();
    assertTrue(rendered >= 1, "one renders");
    assertTrue(!refused.isEmpty(), "the others find the renderer busy");
    for (Response busy : refused) {
      assertEquals(503, busy.statusCode(), busy.asString());
      assertEquals(
          "https://credit.zhangye.gov.cn/problems/report-rendering-busy", busy.path("type"));
      assertEquals("2", busy.header("Retry-After"));
    }
    assertTrue(pdfText(company).contains(NAME), "once they are done, the next one renders");
  }

  private static String withRecords(int count) {
    String company = TestRecords.newEnterprise("620702");
    ReportHttpTest.submit(
        IntStream.range(0, count)
            .mapToObj(i -> TestRecords.penalty(TestRecords.sourceRef("capped"), company, NAME))
            .toArray(ObjectNode[]::new));
    return company;
  }

  private static String pdfText(String company) throws Exception {
    byte[] pdf =
        as(AGENCY)
            .accept("application/pdf")
            .get("/api/v1/subjects/" + company + "/report")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static long costOf(Runnable call) {
    long before = dayLeft();
    call.run();
    return before - dayLeft();
  }

  private static long dayLeft() {
    List<Map<String, Object>> windows = as(AGENCY).get("/api/v1/quota").path("windows");
    return windows.stream()
        .filter(window -> window.get("name").equals("day"))
        .mapToLong(window -> ((Number) window.get("remaining")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
