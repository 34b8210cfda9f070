package cn.gov.zhangye.credit.submission.stats;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.ControlledClock;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics over real HTTP, on rows written here with plain SQL in March 2010, China time. The
 * clients are this test's own, so figures by source are exact; figures by record type and region
 * are compared with what the same period held before the rows were written.
 */
@QuarkusTest
class SubmissionStatsHttpTest {

  private static final String PERIOD = "from=2010-03-01&to=2010-03-31";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String REGISTERED = "stats-registered-" + RUN;
  private static final String UNREGISTERED = "stats-unregistered-" + RUN;

  @Inject ControlledClock clock;

  private static JsonPath byRecordTypeBefore;
  private static JsonPath byRegionBefore;

  // Once per class, but over HTTP, which is set up for each test.
  @BeforeEach
  void writeRecordsAndErrorsOnce() throws SQLException {
    if (byRecordTypeBefore != null) {
      return;
    }
    byRecordTypeBefore = statistics("recordType");
    byRegionBefore = statistics("region");
    try (Connection db = TestDatabase.connect()) {
      update(
          db,
          "INSERT INTO client (id, display_name, kind, status, plan, secret_hash,"
              + " secret_rotated_at) VALUES (?, '统计测试委办局', 'DEPARTMENT', 'ACTIVE', 'submitter',"
              + " 'no-secret', now())",
          REGISTERED);
      long subject = subject(db);
      // A corrected penalty, then revoked: one created and one corrected version count.
      long penalty = record(db, REGISTERED, "ADMIN_PENALTY", "620723", subject);
      version(db, penalty, 1, "CREATED", "2010-03-02T10:00+08:00", 2);
      version(db, penalty, 2, "CORRECTED", "2010-03-10T10:00+08:00", 9);
      version(db, penalty, 3, "REVOKED", "2010-03-11T10:00+08:00", null);
      // The last minute of the period, China time.
      long licence = record(db, REGISTERED, "ADMIN_LICENCE", "620702", subject);
      version(db, licence, 1, "CREATED", "2010-03-31T23:30+08:00", 7);
      // After the period in China time, still 31 March in UTC.
      long late = record(db, REGISTERED, "ADMIN_LICENCE", "620723", subject);
      version(db, late, 1, "CREATED", "2010-04-01T00:10+08:00", 1);
      // No timeliness figure.
      long unmeasured = record(db, REGISTERED, "ADMIN_PENALTY", "620723", subject);
      version(db, unmeasured, 1, "CREATED", "2010-03-05T10:00+08:00", null);
      long other = record(db, UNREGISTERED, "ADMIN_PENALTY", "620725", subject);
      version(db, other, 1, "CREATED", "2010-03-03T10:00+08:00", 4);
      long early = record(db, UNREGISTERED, "ADMIN_PENALTY", "620725", subject);
      version(db, early, 1, "CREATED", "2010-02-28T23:59+08:00", 0);

      UUID fromRegistered = submission(db, REGISTERED);
      // Two errors of one record count once; a record whose type was not told has none.
      error(db, fromRegistered, 0, 0, "ADMIN_PENALTY", "2010-03-04T10:00+08:00");
      error(db, fromRegistered, 0, 1, "ADMIN_PENALTY", "2010-03-04T10:00+08:00");
      error(db, fromRegistered, 1, 0, null, "2010-03-04T10:00+08:00");
      UUID fromUnregistered = submission(db, UNREGISTERED);
      error(db, fromUnregistered, 5, 0, "ADMIN_LICENCE", "2010-03-20T10:00+08:00");
      error(db, fromUnregistered, 6, 0, "ADMIN_LICENCE", "2010-04-01T00:10+08:00");
    }
  }

  @Test
  void bySourceCountsEachClientsRecordsErrorsAndTimeliness() {
    JsonPath stats = statistics("source");

    assertEquals("source", stats.getString("by"));
    assertEquals(7, stats.getInt("limit"));
    assertEquals("2010-03-01", stats.getString("period.from"));
    assertEquals("2010-03-31", stats.getString("period.to"));
    assertEquals("Asia/Shanghai", stats.getString("period.timeZone"));

    Map<String, Object> registered = group(stats, REGISTERED);
    assertEquals("统计测试委办局", registered.get("name"));
    assertEquals(4, registered.get("accepted"));
    assertEquals(3, registered.get("created"));
    assertEquals(1, registered.get("corrected"));
    assertEquals(2, registered.get("rejected"));
    assertEquals(0.3333, registered.get("errorRate"));
    // Working days 2, 9 and 7; one version without a figure.
    assertEquals(
        Map.of(
            "measured", 3,
            "averageWorkingDays", 6.0,
            "medianWorkingDays", 7.0,
            "withinLimit", 2,
            "withinLimitShare", 0.6667),
        registered.get("timeliness"));

    Map<String, Object> unregistered = group(stats, UNREGISTERED);
    assertNull(unregistered.get("name"));
    assertEquals(1, unregistered.get("accepted"));
    assertEquals(1, unregistered.get("rejected"));
    assertEquals(0.5, unregistered.get("errorRate"));
    assertEquals(
        Map.of(
            "measured", 1,
            "averageWorkingDays", 4.0,
            "medianWorkingDays", 4.0,
            "withinLimit", 1,
            "withinLimitShare", 1.0),
        unregistered.get("timeliness"));
  }

  @Test
  void byRecordTypeNamesTheTypesAndLeavesRecordsOfNoKnownTypeUnattributed() {
    JsonPath stats = statistics("recordType");

    Map<String, Object> penalties = group(stats, "ADMIN_PENALTY");
    assertEquals("行政处罚", penalties.get("name"));
    assertEquals("Administrative penalty", penalties.get("nameEn"));
    assertAdded(byRecordTypeBefore, stats, "ADMIN_PENALTY", 4, 3, 1, 1);
    assertAdded(byRecordTypeBefore, stats, "ADMIN_LICENCE", 1, 1, 0, 1);
    assertAdded(byRecordTypeBefore, stats, null, 0, 0, 0, 1);
    assertTotalsAdded(byRecordTypeBefore, stats);
  }

  @Test
  void byRegionNamesTheDivisionsAndLeavesEveryRejectedRecordUnattributed() {
    JsonPath stats = statistics("region");

    Map<String, Object> linze = group(stats, "620723");
    assertEquals("临泽县", linze.get("name"));
    assertEquals("Linze County", linze.get("nameEn"));
    assertAdded(byRegionBefore, stats, "620723", 3, 2, 1, 0);
    assertAdded(byRegionBefore, stats, "620702", 1, 1, 0, 0);
    assertAdded(byRegionBefore, stats, "620725", 1, 1, 0, 0);
    assertAdded(byRegionBefore, stats, null, 0, 0, 0, 3);
    assertTotalsAdded(byRegionBefore, stats);
  }

  @Test
  void theDefaultPeriodIsTheLastThirtyDaysInChinaTime() {
    RequestSpecification operator = Callers.as("demo-office");
    // 00:30 on 1 May in China, still 30 April in UTC.
    clock.set(Instant.parse("2026-04-30T16:30:00Z"));
    try {
      operator
          .queryParam("by", "source")
          .get("/api/v1/stats/submissions")
          .then()
          .statusCode(200)
          .body("period.to", equalTo("2026-05-01"))
          .body("period.from", equalTo("2026-04-02"))
          .body("totals.accepted", notNullValue());
    } finally {
      clock.reset();
    }
  }

  @Test
  void aClientWithoutTheScopeIsRefused() {
    Callers.as("demo-department")
        .get("/api/v1/stats/submissions?by=source&" + PERIOD)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aPeriodRunningBackwardsIsRefusedNamingFrom() {
    Callers.as("demo-office")
        .header("Accept-Language", "en")
        .get("/api/v1/stats/submissions?by=region&from=2026-04-01&to=2026-03-31")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://credit.zhangye.gov.cn/problems/malformed-request"))
        .body("errors.pointer", equalTo(List.of("from")))
        .body("errors[0].code", equalTo("order"))
        .body("errors[0].message", equalTo("from (2026-04-01) is after to (2026-03-31)."));
  }

  @Test
  void aPeriodOverAYearIsRefused() {
    Callers.as("demo-office")
        .get("/api/v1/stats/submissions?by=region&from=2025-01-01&to=2026-01-02")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("to"))
        .body("errors[0].code", equalTo("span"));
    Callers.as("demo-office")
        .get("/api/v1/stats/submissions?by=region&from=2024-01-01&to=2024-12-31")
        .then()
        .statusCode(200);
  }

  @Test
  void aMissingGroupingAndAMalformedDateAreNamedTogether() {
    Callers.as("demo-office")
        .get("/api/v1/stats/submissions?from=2026-02-30")
        .then()
        .statusCode(400)
        .body("errors.pointer", equalTo(List.of("by", "from")))
        .body("errors.code", equalTo(List.of("required", "format")));
    Callers.as("demo-office")
        .get("/api/v1/stats/submissions?by=county")
        .then()
        .statusCode(400)
        .body("errors.code", hasItem("enum"));
  }

  private static void assertAdded(
      JsonPath before,
      JsonPath after,
      String key,
      int accepted,
      int created,
      int corrected,
      int rejected) {
    Map<String, Object> was = figures(before, key);
    Map<String, Object> is = figures(after, key);
    for (var expected :
        Map.of(
                "accepted", accepted,
                "created", created,
                "corrected", corrected,
                "rejected", rejected)
            .entrySet()) {
      assertEquals(
          count(was, expected.getKey()) + expected.getValue(),
          count(is, expected.getKey()),
          expected.getKey() + " of " + (key == null ? "unattributed" : key));
    }
  }

  /** The fixture: 5 accepted (4 created, 1 corrected) and 3 rejected records. */
  private static void assertTotalsAdded(JsonPath before, JsonPath after) {
    assertEquals(count(before.getMap("totals"), "accepted") + 5, after.getInt("totals.accepted"));
    assertEquals(count(before.getMap("totals"), "created") + 4, after.getInt("totals.created"));
    assertEquals(count(before.getMap("totals"), "corrected") + 1, after.getInt("totals.corrected"));
    assertEquals(count(before.getMap("totals"), "rejected") + 3, after.getInt("totals.rejected"));
  }

  private static Map<String, Object> figures(JsonPath stats, String key) {
    return key == null ? stats.getMap("unattributed") : group(stats, key);
  }

  private static Map<String, Object> group(JsonPath stats, String key) {
    return stats.getMap("groups.find { it.key == '" + key + "' }");
  }

  private static int count(Map<String, Object> figures, String name) {
    return figures == null ? 0 : (Integer) figures.get(name);
  }

  private static JsonPath statistics(String by) {
    return Callers.as("demo-office")
        .get("/api/v1/stats/submissions?by=" + by + "&" + PERIOD)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
  }

  private static long subject(Connection db) throws SQLException {
    return insert(
        db,
        "INSERT INTO legal_person (credit_code, name, category, division_code)"
            + " VALUES (?, '统计测试企业', '企业', '620723') RETURNING id",
        "STATS" + RUN.toUpperCase() + "00000");
  }

  private static long record(
      Connection db, String client, String recordType, String division, long subject)
      throws SQLException {
    return insert(
        db,
        "INSERT INTO credit_record (source_client_id, record_type, source_ref, subject_kind,"
            + " legal_person_id, version, status, content_hash, division_code,"
            + " decision_date, created_at, updated_at) VALUES (?, ?, ?, 'ORGANISATION', ?, 1,"
            + " 'ACTIVE', '\\x00', ?, '2010-02-26', now(), now()) RETURNING id",
        client,
        recordType,
        UUID.randomUUID().toString(),
        subject,
        division);
  }

  private static void version(
      Connection db, long record, int version, String change, String at, Integer workingDays)
      throws SQLException {
    update(
        db,
        "INSERT INTO credit_record_version (record_id, version, change, content_hash, fields,"
            + " decision_date, working_days, recorded_at)"
            + " VALUES (?, ?, ?, '\\x00', '{}', '2010-02-26', ?, ?)",
        record,
        version,
        change,
        workingDays,
        OffsetDateTime.parse(at));
  }

  private static UUID submission(Connection db, String client) throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        db,
        "INSERT INTO submission (id, client_id, fingerprint, media_type, atomic, status,"
            + " record_count, body_bytes) VALUES (?, ?, '\\x00', 'application/json', false,"
            + " 'COMPLETED', 10, 100)",
        id,
        client);
    return id;
  }

  private static void error(
      Connection db, UUID submission, int index, int seq, String recordType, String at)
      throws SQLException {
    update(
        db,
        "INSERT INTO submission_error (submission_id, record_index, seq, record_type, pointer,"
            + " code, message_key, message_args, recorded_at)"
            + " VALUES (?, ?, ?, ?, '/fields/CF_WSH', 'required', 'violation.field.required',"
            + " '[]', ?)",
        submission,
        index,
        seq,
        recordType,
        OffsetDateTime.parse(at));
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepared(db, sql, values);
        ResultSet keys = statement.executeQuery()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepared(db, sql, values)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement prepared(Connection db, String sql, Object... values)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }
}
