package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN;
import static cn.gov.zhangye.credit.query.QueryFixtures.SHANDAN_DIVISION;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.query.QueryFixtures.uniqueWord;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search page looks at no more than {@code credit.query.search-scan-limit} organisations: when
 * the ones it looked at are not visible to the agency, the page is short (even empty) and its
 * cursor goes on after the last one looked at, so that walking the pages still finds every visible
 * organisation once.
 */
@QuarkusTest
@TestProfile(SearchScanLimitTest.ScanTwo.class)
class SearchScanLimitTest {

  /** Each page looks at two organisations at most. */
  public static class ScanTwo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("credit.query.search-scan-limit", "2");
    }
  }

  @Test
  void aPageCutShortByTheScanLimitGoesOnWhereItStopped() {
    String word = uniqueWord();
    // In name order: three organisations with a bad record only (a conditional type the basic
    // agency is not granted), then two with a licence it may see.
    for (String hidden : List.of("A", "B", "C")) {
      submit(
          SHANDAN,
          QueryFixtures.badRecord(
              TestRecords.sourceRef("scan"),
              TestRecords.newEnterprise(SHANDAN_DIVISION),
              word + hidden + "公司"));
    }
    String d = TestRecords.newEnterprise(SHANDAN_DIVISION);
    String e = TestRecords.newEnterprise(SHANDAN_DIVISION);
    submit(SHANDAN, TestRecords.licence(TestRecords.sourceRef("scan"), d, word + "D公司"));
    submit(SHANDAN, TestRecords.licence(TestRecords.sourceRef("scan"), e, word + "E公司"));

    JsonPath first = page(word, null);
    assertEquals(List.of(), first.getList("items.code"), "A and B looked at, neither visible");
    assertNotNull(first.getString("next"), "cut short: go on after B");

    JsonPath second = page(word, first.getString("next"));
    assertEquals(List.of(d), second.getList("items.code"));
    JsonPath third = page(word, second.getString("next"));
    assertEquals(List.of(e), third.getList("items.code"));
    assertNull(third.getString("next"), "nothing more matched");
  }

  private static JsonPath page(String word, String cursor) {
    return as(BASIC_AGENCY)
        .queryParam("q", word)
        .queryParam("size", 1)
        .queryParam("cursor", cursor == null ? "" : cursor)
        .get("/api/v1/subjects")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
