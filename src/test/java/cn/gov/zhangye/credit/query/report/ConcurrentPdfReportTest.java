package cn.gov.zhangye.credit.query.report;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.Concurrently;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * PDF reports rendered at the same time share the one parsed font: each embeds the subset of its
 * own text, and reads back as that text.
 */
@QuarkusTest
class ConcurrentPdfReportTest {

  @Test
  void reportsRenderedAtOnceEachEmbedTheirOwnText() throws Exception {
    List<String> names = List.of("甲乙丙丁商贸公司", "戊己庚辛物流公司", "壬癸子丑餐饮公司", "寅卯辰巳建材公司");
    List<String> companies =
        names.stream()
            .map(
                name -> {
                  String company = TestRecords.newEnterprise("620702");
                  ReportHttpTest.submit(
                      TestRecords.penalty(TestRecords.sourceRef("fonts"), company, name));
                  return company;
                })
            .toList();

    List<Response> answers =
        Concurrently.run(
            names.size(),
            call ->
                as("demo-agency")
                    .accept("application/pdf")
                    .get("/api/v1/subjects/" + companies.get(call) + "/report"));

    for (int i = 0; i < names.size(); i++) {
      assertEquals(200, answers.get(i).statusCode(), answers.get(i).asString());
      try (PDDocument document = Loader.loadPDF(answers.get(i).asByteArray())) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains(names.get(i)), names.get(i) + " in " + text);
      }
    }
  }
}
