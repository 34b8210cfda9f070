package cn.gov.zhangye.credit.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.platform.time.ChinaTime;
import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.ControlledClock;
import cn.gov.zhangye.credit.testing.PersonLookups;
import cn.gov.zhangye.credit.testing.TestCodes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily person-query quota of a plan: each person queried counts once, in lookups and batches
 * (and in profiles, records and reports by handle); past the quota a person query is refused with a
 * 429 until midnight China time, and the metric counts the persons queried per agency.
 */
@QuarkusTest
@TestProfile(SmallPersonQuota.class)
class PersonQueryQuotaTest {

  private static final String AGENCY = QueryFixtures.AGENCY;
  private static final String EXHAUSTED =
      "https://credit.zhangye.gov.cn/problems/person-query-quota-exhausted";
  private static final AtomicInteger PERSONS = new AtomicInteger();

  @Inject ControlledClock clock;
  @Inject MeterRegistry metrics;

  private String token;

  @BeforeEach
  void aFreshDayAtNoonInChina() {
    token = Callers.token(AGENCY);
    LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20000));
    clock.set(ChinaTime.startOf(day).plusSeconds(12 * 3600));
  }

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  @Test
  void theQuotaPlusOnePersonIsRefusedUntilMidnightAndEachPersonIsCounted() {
    double before = personQueries();
    for (int i = 0; i < SmallPersonQuota.PER_DAY; i++) {
      lookUp(newPerson()).statusCode(404);
    }

    Response refused = lookUp(newPerson()).statusCode(429).extract().response();
    assertEquals("application/problem+json", refused.contentType().split(";")[0]);
    assertEquals(EXHAUSTED, refused.path("type"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(
        retryAfter > 12 * 3600 - 120 && retryAfter <= 12 * 3600, "until midnight: " + retryAfter);
    assertEquals(before + SmallPersonQuota.PER_DAY, personQueries());

    organisationQuery().statusCode(404);
  }

  @Test
  void aBatchCountsEachPersonAndIsRefusedForItsPersonsOnlyWhenTooFewAreLeft() {
    double before = personQueries();
    List<String> fourPersons = List.of(newPerson(), newPerson(), newPerson(), newPerson());
    batch(fourPersons.subList(0, 2))
        .statusCode(200)
        .body("results[0].status", equalTo(404))
        .body("results[1].status", equalTo(404));

    String organisation = TestCodes.enterprise("620702", 990101);
    batch(List.of(fourPersons.get(2), fourPersons.get(3), organisation))
        .statusCode(200)
        .body("results[0].status", equalTo(429))
        .body("results[0].problem.type", equalTo(EXHAUSTED))
        .body("results[1].status", equalTo(429))
        .body("results[2].status", equalTo(404));
    assertEquals(before + 2, personQueries());

    batch(List.of(fourPersons.get(2))).statusCode(200).body("results[0].status", equalTo(404));
    assertEquals(before + 3, personQueries());
  }

  private io.restassured.response.ValidatableResponse lookUp(String identityNumber) {
    return PersonLookups.lookUp(withConsent(given().auth().oauth2(token)), identityNumber).then();
  }

  private io.restassured.response.ValidatableResponse organisationQuery() {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subjects/" + TestCodes.enterprise("620702", 990102))
        .then();
  }

  /** Each person of the batch with a consent reference of its own. */
  private io.restassured.response.ValidatableResponse batch(List<String> codes) {
    Map<String, String> consents = new java.util.LinkedHashMap<>();
    codes.forEach(code -> consents.put(code, "AUTH-QUOTA-" + code.substring(code.length() - 4)));
    return given()
        .auth()
        .oauth2(token)
        .header("Query-Purpose", "LOAN")
        .contentType(ContentType.JSON)
        .body(Map.of("codes", codes, "consentReferences", consents))
        .post("/api/v1/subjects/batch-query")
        .then();
  }

  private static RequestSpecification withConsent(RequestSpecification request) {
    return request.header("Query-Purpose", "LOAN").header("Consent-Reference", "AUTH-QUOTA-1");
  }

  /** An identity number no record names: the query answers 404 and still counts. */
  private static String newPerson() {
    return TestCodes.identityNumber("620702", "19800101", 500 + PERSONS.incrementAndGet());
  }

  private double personQueries() {
    Counter counter = metrics.find("credit.person.queries").tag("agency", AGENCY).counter();
    return counter == null ? 0 : counter.count();
  }
}
