package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.query.QueryFixtures.DEPARTMENT;
import static cn.gov.zhangye.credit.query.QueryFixtures.submit;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.testing.PersonLookups;
import cn.gov.zhangye.credit.testing.TestCodes;
import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agency reads its own queries from the audit log, and never another's. */
@QuarkusTest
class QueryHistoryTest {

  @Test
  void anAgencySeesItsOwnQueriesBySubjectAndNeverAnothersQueries() {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("h"), company, "历史查询公司"));
    as(AGENCY).get("/api/v1/subjects/" + company).then().statusCode(200);
    as(AGENCY).get("/api/v1/subjects/" + company + "/records").then().statusCode(200);
    as(AGENCY)
        .contentType(ContentType.JSON)
        .body(Map.of("codes", List.of(company, TestRecords.newEnterprise("620702"))))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(200);

    as(AGENCY)
        .get("/api/v1/queries?subject=" + company)
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("items[0].operation", equalTo("POST /api/v1/subjects/batch-query"))
        .body("items[0].subjects", hasItem(company))
        .body("items[1].operation", equalTo("GET /api/v1/subjects/{code}/records"))
        .body("items[2].operation", equalTo("GET /api/v1/subjects/{code}"))
        .body("items[2].subjects", equalTo(List.of(company)))
        .body("items.status", everyItem(equalTo(200)));

    as(BASIC_AGENCY)
        .get("/api/v1/queries?subject=" + company)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    List<String> ids =
        as(AGENCY).get("/api/v1/queries?size=100").then().extract().jsonPath().getList("items.id");
    List<String> others =
        as(BASIC_AGENCY)
            .get("/api/v1/queries?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertEquals(List.of(), others.stream().filter(ids::contains).toList());
  }

  @Test
  void personLookupsAndHandleQueriesAreInTheHistoryFilteredByHandle() {
    String identity = TestCodes.identityNumber("620702", "19770707", 612);
    submit(DEPARTMENT, TestRecords.personPenalty(TestRecords.sourceRef("hp"), identity, "历史人"));
    String handle = PersonLookups.handle(AGENCY, identity);
    as(AGENCY)
        .header("Query-Purpose", "LOAN")
        .header("Consent-Reference", "AUTH-HISTORY")
        .get("/api/v1/subjects/" + handle)
        .then()
        .statusCode(200);

    as(AGENCY)
        .get("/api/v1/queries?subject=" + handle)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].operation", equalTo("GET /api/v1/subjects/{code}"))
        .body("items[0].subjects", equalTo(List.of(TestCodes.masked(identity))))
        .body("items[0].consentReference", equalTo("AUTH-HISTORY"))
        .body("items[1].operation", equalTo("POST /api/v1/persons/lookup"))
        .body(
            "items[1].consentReference",
            equalTo("AUTH-" + TestCodes.masked(TestRecords.REMARKS_IDENTITY)));
    as(BASIC_AGENCY).get("/api/v1/queries?subject=" + handle).then().statusCode(404);
  }

  @Test
  void theHistoryIsPagedAndFilteredByTime() {
    String company = TestRecords.newEnterprise("620702");
    submit(DEPARTMENT, TestRecords.licence(TestRecords.sourceRef("h"), company, "分页历史公司"));
    for (int i = 0; i < 3; i++) {
      as(BASIC_AGENCY).get("/api/v1/subjects/" + company).then().statusCode(200);
    }
    String next =
        as(BASIC_AGENCY)
            .get("/api/v1/queries?size=2&subject=" + company)
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .extract()
            .path("next");
    as(BASIC_AGENCY)
        .get("/api/v1/queries?size=2&subject=" + company + "&cursor=" + next)
        .then()
        .body("items", hasSize(1));
    as(BASIC_AGENCY)
        .get("/api/v1/queries?subject=" + company + "&from=2999-01-01T00:00:00Z")
        .then()
        .body("items", hasSize(0));
    as(BASIC_AGENCY).get("/api/v1/queries?from=yesterday").then().statusCode(400);
    as(BASIC_AGENCY).get("/api/v1/queries?size=1001").then().statusCode(400);
  }
}
