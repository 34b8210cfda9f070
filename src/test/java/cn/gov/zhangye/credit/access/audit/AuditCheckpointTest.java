package cn.gov.zhangye.credit.access.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.token.WellKnownResource;
import cn.gov.zhangye.credit.testing.Callers;
import cn.gov.zhangye.credit.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints anchor the audit chains: a lane of the test's own (never one the gateway's
 * timer checkpoints) is written, checkpointed, then altered as the database owner would alter it,
 * and the verification names what was done and where; the lane is put back afterwards.
 */
@QuarkusTest
class AuditCheckpointTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject AuditLog log;
  @Inject AuditCheckpoints checkpoints;
  @Inject AuditVerifier verifier;
  @Inject ObjectMapper json;

  @Test
  void anIntactLaneHoldsAgainstItsCheckpoints() {
    TestLane lane = new TestLane(5);
    lane.checkpoint();
    lane.write(3);
    lane.checkpoint();

    ChainVerification verification = verify();
    assertNull(verification.firstBrokenCheckpoint(), String.valueOf(verification));
    assertTrue(verification.checkpoints() >= 2);
  }

  @Test
  void aDeletedTailIsReportedAtTheLastCheckpoint() {
    TestLane lane = new TestLane(5);
    lane.checkpoint();
    Tampering.removing(
        "writer = '" + lane.name + "' AND seq > 3",
        () -> {
          ChainVerification verification = verify();
          assertNull(verification.firstBrokenLink(), "the shortened chain itself is intact");
          assertBroken(verification, lane, 5, "tail-deleted");
        });
    assertNull(verify().firstBrokenCheckpoint());
  }

  @Test
  void aMissingLaneIsReported() {
    TestLane lane = new TestLane(2);
    lane.checkpoint();
    Tampering.removing(
        "writer = '" + lane.name + "'", () -> assertBroken(verify(), lane, 2, "lane-missing"));
  }

  @Test
  void anEditedEntryIsReportedAtItsPosition() {
    TestLane lane = new TestLane(3);
    lane.checkpoint();
    ChainedEntry second = lane.written.get(1);
    Tampering.changing(
        "UPDATE audit_entry SET status = 200 WHERE writer = '" + lane.name + "' AND seq = 2;",
        "UPDATE audit_entry SET status = 403 WHERE writer = '" + lane.name + "' AND seq = 2;",
        () -> {
          ChainVerification.BrokenLink broken = verify().firstBrokenLink();
          assertNotNull(broken);
          assertEquals(lane.name, broken.writer());
          assertEquals(second.seq(), broken.seq());
          assertEquals("content-altered", broken.reason());
        });
  }

  @Test
  void aChainReHashedFromTheEditOnIsReportedByTheCheckpoint() {
    TestLane lane = new TestLane(3);
    lane.checkpoint();
    lane.write(2);
    ChainedEntry first = lane.written.get(0);
    List<ChainedEntry> forged = new ArrayList<>();
    String previous = first.hash();
    for (ChainedEntry original : lane.written.subList(1, 5)) {
      AuditEntry entry = original.entry();
      AuditEntry edited =
          new AuditEntry(
              entry.occurredAt(),
              entry.clientId(),
              entry.kind(),
              entry.operation(),
              entry.targetSubject(),
              entry.purpose(),
              entry.consentReference(),
              original.seq() == 2 ? 200 : entry.status(),
              entry.requestId());
      ChainedEntry link = ChainedEntry.link(lane.name, original.seq(), edited, previous);
      forged.add(link);
      previous = link.hash();
    }
    Tampering.changing(
        rewrite(lane, forged),
        rewrite(lane, lane.written.subList(1, 5)),
        () -> {
          ChainVerification verification = verify();
          assertNull(verification.firstBrokenLink(), "the forger re-hashed every link");
          assertBroken(verification, lane, 3, "chain-rewritten");
        });
    assertNull(verify().firstBrokenCheckpoint());
  }

  @Test
  void operatorsDownloadCheckpointsThatVerifyOfflineAgainstThePublishedKeys() throws Exception {
    TestLane lane = new TestLane(2);
    lane.checkpoint();

    List<Map<String, Object>> items =
        Callers.as(Callers.OPERATOR)
            .queryParam("size", "1000")
            .get("/api/v1/admin/audit/checkpoints")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Object> ours =
        items.stream().filter(item -> lane.name.equals(item.get("lane"))).findFirst().orElseThrow();
    String jwks =
        given().get(WellKnownResource.JWKS_PATH).then().statusCode(200).extract().asString();

    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization((String) ours.get("jws"));
    JsonWebKey key =
        new JsonWebKeySet(jwks).findJsonWebKeys(jws.getKeyIdHeaderValue(), null, null, null).get(0);
    jws.setKey(key.getKey());
    assertTrue(jws.verifySignature());
    assertEquals("audit-checkpoint+jws", jws.getHeader("typ"));
    JsonNode payload = json.readTree(jws.getPayload());
    assertEquals(lane.name, payload.get("lane").asText());
    assertEquals(2, payload.get("seq").asLong());
    assertEquals(lane.written.get(1).hash(), payload.get("hash").asText());

    given()
        .auth()
        .oauth2(Callers.newToken("demo-agency"))
        .get("/api/v1/admin/audit/checkpoints")
        .then()
        .statusCode(403);
  }

  private ChainVerification verify() {
    return verifier.verify().await().atMost(WAIT);
  }

  private static void assertBroken(
      ChainVerification verification, TestLane lane, long seq, String reason) {
    ChainVerification.BrokenCheckpoint broken = verification.firstBrokenCheckpoint();
    assertNotNull(broken, String.valueOf(verification));
    assertEquals(lane.name, broken.lane());
    assertEquals(seq, broken.seq());
    assertEquals(reason, broken.reason());
    assertTrue(!verification.intact());
  }

  private static String rewrite(TestLane lane, List<ChainedEntry> entries) {
    StringBuilder sql = new StringBuilder();
    for (ChainedEntry entry : entries) {
      sql.append(
          String.format(
              "UPDATE audit_entry SET status = %d, previous_hash = '%s', hash = '%s'"
                  + " WHERE writer = '%s' AND seq = %d;",
              entry.entry().status(), entry.previousHash(), entry.hash(), lane.name, entry.seq()));
    }
    return sql.toString();
  }

  /** A lane of the test's own, with what was written to it. */
  private final class TestLane {
    final String name = "checkpoint-test-" + UUID.randomUUID() + "/0";
    final AuditLane lane = new AuditLane(name);
    final List<ChainedEntry> written = new ArrayList<>();

    TestLane(int entries) {
      write(entries);
    }

    void write(int entries) {
      for (int i = 0; i < entries; i++) {
        Uni.createFrom()
            .completionStage(
                () ->
                    lane.append(
                        new AuditEntry(
                            Instant.now(),
                            "checkpoint-test",
                            AuditKind.READ,
                            "GET /api/v1/quota",
                            null,
                            null,
                            null,
                            403,
                            UUID.randomUUID().toString()),
                        group -> {
                          written.addAll(group);
                          return log.store(group);
                        }))
            .await()
            .atMost(WAIT);
      }
    }

    void checkpoint() {
      checkpoints.take(List.of(lane.head().orElseThrow()));
    }
  }

  /** Alters the log as an intruder with the owner's rights would: around the triggers. */
  private static final class Tampering {

    static void removing(String where, Runnable check) {
      String backup = "audit_backup_" + UUID.randomUUID().toString().replace("-", "");
      aroundTriggers(
          "CREATE TABLE "
              + backup
              + " AS SELECT * FROM audit_entry WHERE "
              + where
              + ";"
              + " DELETE FROM audit_entry WHERE "
              + where
              + ";");
      try {
        check.run();
      } finally {
        sql("INSERT INTO audit_entry SELECT * FROM " + backup + "; DROP TABLE " + backup);
      }
    }

    static void changing(String change, String undo, Runnable check) {
      aroundTriggers(change);
      try {
        check.run();
      } finally {
        aroundTriggers(undo);
      }
    }

    private static void aroundTriggers(String change) {
      sql(
          "BEGIN; ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete; "
              + change
              + " ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete; COMMIT;");
    }

    private static void sql(String statements) {
      try (Connection connection = TestDatabase.connect();
          Statement statement = connection.createStatement()) {
        statement.execute(statements);
      } catch (SQLException failed) {
        throw new IllegalStateException(failed);
      }
    }
  }
}
