package cn.gov.zhangye.credit.query;

import static cn.gov.zhangye.credit.query.QueryFixtures.BASIC_AGENCY;
import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enumerating codes at speed runs into the plan: each code, single or batched, is a unit. */
@QuarkusTest
@TestProfile(SmallAgencyPlan.class)
class QueryRateLimitTest {

  @Test
  void enumeratingCodesEndsInTooManyRequests() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      codes.add(TestRecords.newEnterprise("620702"));
    }
    as(BASIC_AGENCY)
        .contentType(ContentType.JSON)
        .body(Map.of("codes", codes))
        .post("/api/v1/subjects/batch-query")
        .then()
        .statusCode(200);

    // Each unknown code is a 404 until the plan is used up: at most one call per unit left.
    int answered = 0;
    int status = 404;
    for (int call = 0; status == 404 && call <= SmallAgencyPlan.PER_DAY; call++) {
      status =
          as(BASIC_AGENCY)
              .get("/api/v1/subjects/" + TestRecords.newEnterprise("620702"))
              .then()
              .extract()
              .statusCode();
      assertTrue(status == 404 || status == 429, "an unknown code answered " + status);
      answered += status == 404 ? 1 : 0;
    }
    assertEquals(429, status, "the plan never ran out");
    assertEquals(SmallAgencyPlan.PER_DAY - codes.size(), answered);
    as(BASIC_AGENCY)
        .get("/api/v1/subjects/" + TestRecords.newEnterprise("620702"))
        .then()
        .statusCode(429)
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/rate-limited"));
  }
}
