package cn.gov.zhangye.credit.access.audit;

import cn.gov.zhangye.credit.access.token.DocumentSignatures;
import cn.gov.zhangye.credit.platform.Sha256;
import cn.gov.zhangye.credit.platform.crypto.SignedDocument;
import cn.gov.zhangye.credit.platform.database.BlockingTransactions;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import cn.gov.zhangye.credit.platform.jobs.Ticker;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anchors this replica's audit lanes: every {@code credit.audit.checkpoint.interval} and at
 * shutdown, the head of each lane that moved since its last checkpoint is signed with the gateway's
 * signing key (a JWS typed {@value #TYPE}) and stored. A checkpoint names the lane, the position
 * and hash of its head, when it was taken and the SHA-256 of the lane's previous checkpoint, so
 * that a rewritten chain, a cut tail or a removed checkpoint no longer matches what was signed.
 */
@ApplicationScoped
class AuditCheckpoints {

  static final String TYPE = "audit-checkpoint+jws";

  private final AuditLog log;
  private final Pool database;
  private final DocumentSignatures signatures;
  private final Clock clock;
  private final AuditConfig config;
  private final Map<String, Taken> lastTaken = new ConcurrentHashMap<>();
  private final Ticker ticker = new Ticker("audit-checkpoints", this::takeOfOwnLanes);

  @Inject
  AuditCheckpoints(
      AuditLog log, Pool database, DocumentSignatures signatures, Clock clock, AuditConfig config) {
    this.log = log;
    this.database = database;
    this.signatures = signatures;
    this.clock = clock;
    this.config = config;
  }

  void start(@Observes SchemaReady ready) {
    ticker.start(config.checkpoint().interval());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    ticker.stop();
  }

  /** Takes the checkpoints due of this replica's lanes. Blocking. */
  void takeOfOwnLanes() {
    take(log.heads());
  }

  /** Signs and stores a checkpoint of each head that moved since its lane's last one. Blocking. */
  void take(List<LaneHead> heads) {
    for (LaneHead head : heads) {
      Taken previous = lastTaken.get(head.lane());
      if (previous != null && previous.seq() == head.seq()) {
        continue;
      }
      Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
      SignedDocument signed =
          signatures.sign(
              TYPE, payload(head, takenAt, previous == null ? null : previous.digest()));
      BlockingTransactions.await(
          database
              .preparedQuery(
                  "INSERT INTO audit_checkpoint (lane, seq, head_hash, taken_at, jws)"
                      + " VALUES ($1, $2, $3, $4, $5)")
              .execute(
                  Tuple.of(
                      head.lane(),
                      head.seq(),
                      head.hash(),
                      takenAt.atOffset(ZoneOffset.UTC),
                      signed.jws())));
      lastTaken.put(head.lane(), new Taken(head.seq(), digest(signed.jws())));
    }
  }

  /** What a checkpoint signs; {@code previous} is the digest of the lane's previous checkpoint. */
  static ObjectNode payload(LaneHead head, Instant takenAt, String previous) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("lane", head.lane());
    payload.put("seq", head.seq());
    payload.put("hash", head.hash());
    payload.put("takenAt", takenAt.toString());
    if (previous != null) {
      payload.put("previous", previous);
    }
    return payload;
  }

  /** How a checkpoint is named by the next one of its lane. */
  static String digest(String jws) {
    return Sha256.hexOf(jws);
  }

  private record Taken(long seq, String digest) {}
}
