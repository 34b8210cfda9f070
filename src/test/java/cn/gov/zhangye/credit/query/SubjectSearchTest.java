package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN_DIVISION;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.query.QueryFixtures.uniqueWord;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Finding organisations by name or code, with filters and cursor paging. */
@QuarkusTest
class SubjectSearchTest {

  @Test
  void namesAreFoundByAnyPartOrByTheirStartInNameOrder() {
    String word = uniqueWord();
    Map<String, String> codesByName = new TreeMap<>(); // String order is byte order for these names
    codesByName.put("甘州" + word + "商贸有限公司", TestRecords.newEnterprise("620702"));
    codesByName.put(word + "农业专业合作社", TestRecords.newEnterprise("620702"));
    codesByName.put("张掖" + word + "物流有限公司", TestRecords.newEnterprise("620702"));
    submit(
        DEPARTMENT,
        codesByName.entrySet().stream()
            .map(
                named ->
                    TestRecords.licence(
                        TestRecords.sourceRef("s"), named.getValue(), named.getKey()))
            .toArray(ObjectNode[]::new));
    List<String> inNameOrder = List.copyOf(codesByName.values());

    search(AGENCY, "q=" + word)
        .statusCode(200)
        .body("items.code", equalTo(inNameOrder))
        .body("items[0].kind", equalTo("ORGANISATION"))
        .body("items[0].region.code", equalTo("620702"));
    search(AGENCY, "q=" + word + "&match=prefix")
        .body("items.code", contains(codesByName.get(word + "农业专业合作社")));
    search(AGENCY, "q=" + word.substring(1) + "物流")
        .body("items.code", contains(codesByName.get("张掖" + word + "物流有限公司")));

    String next =
        search(AGENCY, "q=" + word + "&size=2")
            .body("items.code", equalTo(inNameOrder.subList(0, 2)))
            .extract()
            .path("next");
    search(AGENCY, "q=" + word + "&size=2&cursor=" + next)
        .body("items.code", equalTo(inNameOrder.subList(2, 3)))
        .body("next", nullValue());
  }

  @Test
  void codesAreFoundByTheirStart() {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("s"), company, "代码搜索公司"));
    search(AGENCY, "q=" + company.substring(0, 16)).body("items.code", contains(company));
    search(AGENCY, "q=" + company.toLowerCase()).body("items.code", contains(company));
  }

  @Test
  void filtersNarrowByRegionListAndKind() {
    String word = uniqueWord();
    String listed = TestRecords.newEnterprise(SHANDAN_DIVISION);
    String plain = TestRecords.newEnterprise("620702");
    submit(
        DEPARTMENT,
        QueryFixtures.abnormalOperation(TestRecords.sourceRef("s"), listed, word + "异常公司"),
        TestRecords.licence(TestRecords.sourceRef("s"), plain, word + "正常公司"));

    search(AGENCY, "q=" + word + "&onList=BLACK")
        .body("items.code", contains(listed))
        .body("items[0].flags.blackList", equalTo(true));
    search(AGENCY, "q=" + word + "&region=620725").body("items.code", contains(listed));
    search(AGENCY, "q=" + word + "&region=620700").body("items", hasSize(2));
    search(AGENCY, "q=" + word + "&region=620702").body("items.code", contains(plain));
    search(AGENCY, "q=" + word + "&kind=PERSON").body("items", hasSize(0));
    search(AGENCY, "q=" + word + "&onList=GREY").statusCode(400);
    search(AGENCY, "q=" + word + "&region=62").statusCode(400);
  }

  @Test
  void onlySubjectsWithAVisibleRecordAreFound() {
    String word = uniqueWord();
    String company = TestRecords.newEnterprise(SHANDAN_DIVISION);
    submit(SHANDAN, QueryFixtures.badRecord(TestRecords.sourceRef("s"), company, word + "不良公司"));
    search(AGENCY, "q=" + word).body("items.code", contains(company));
    search(BASIC_AGENCY, "q=" + word).body("items", hasSize(0));
  }

  @Test
  void aShortTextOrAnOversizedPageIsRefused() {
    search(AGENCY, "q=张").statusCode(400).body("errors[0].pointer", equalTo("q"));
    search(AGENCY, "size=5").statusCode(400);
    search(AGENCY, "q=张掖&size=1001").statusCode(400).body("errors[0].pointer", equalTo("size"));
    search(AGENCY, "q=张掖&size=0").statusCode(400);
    search(AGENCY, "q=张掖&cursor=%%%").statusCode(400);
  }

  private static ValidatableResponse search(String client, String query) {
    return as(client).urlEncodingEnabled(true).get("/api/v1/subjects?" + query).then();
  }
}
