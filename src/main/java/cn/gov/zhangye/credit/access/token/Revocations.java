package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.ClientSecretRotated;
import cn.gov.zhangye.credit.access.client.ClientSuspended;
import cn.gov.zhangye.credit.platform.cluster.SharedState;
import cn.gov.zhangye.credit.platform.cluster.SharedStateReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.infinispan.Cache;
import org.jboss.logging.Logger;

/**
 * The clients whose tokens were revoked, by a suspension or (with {@code
 * credit.access.token.revoke-on-secret-rotation}) a secret rotation: client id to the instant
 * (epoch milliseconds) before which its tokens were issued in vain. Kept in the table {@code
 * token_revocation}, which outlives every replica, and in the replicated cache {@value #CACHE},
 * which every token check reads: loaded from the table when the shared state starts, written
 * through on every change. While the shared state is not started (the database is not yet
 * migrated), no token can be checked: a 503.
 */
@ApplicationScoped
class Revocations {

  static final String CACHE = "revoked-clients";

  private static final Logger LOG = Logger.getLogger(Revocations.class);

  private final SharedState state;
  private final RevocationRows rows;
  private final boolean revokeOnSecretRotation;
  private final Clock clock;

  Revocations(SharedState state, RevocationRows rows, TokenConfig config, Clock clock) {
    this.state = state;
    this.rows = rows;
    this.revokeOnSecretRotation = config.revokeOnSecretRotation();
    this.clock = clock;
  }

  /** Brings the stored revocations into the shared cache, before any token is checked. */
  void load(@Observes SharedStateReady ready) {
    var stored = rows.all();
    stored.forEach(this::share);
    LOG.infof("Token revocations: %d client(s) with revoked tokens loaded", stored.size());
  }

  /**
   * Stores the revocation and writes it through to every replica before it returns, so that when a
   * suspension is reported done no replica accepts the client's tokens any more.
   */
  void suspended(@Observes ClientSuspended suspension) {
    revoke(suspension.clientId(), clock.instant());
  }

  void rotated(@Observes ClientSecretRotated rotation) {
    if (revokeOnSecretRotation) {
      revoke(rotation.clientId(), rotation.rotatedAt());
    }
  }

  /** Whether the token of {@code clientId} issued at {@code issuedAt} was revoked. */
  boolean revoked(String clientId, Instant issuedAt) {
    Long before = revocations().get(clientId);
    return before != null && issuedAt.toEpochMilli() < before;
  }

  /**
   * The issue time to write into a new token of {@code clientId} at {@code now}: now, or the next
   * whole second after a revocation within the current second. A token's {@code iat} counts in
   * whole seconds, so a token issued just after a revocation would else read as issued before it.
   */
  Instant issuedAt(String clientId, Instant now) {
    Long before = revocations().get(clientId);
    if (before == null || now.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() >= before) {
      return now;
    }
    return Instant.ofEpochMilli(before).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  private void revoke(String clientId, Instant before) {
    share(clientId, rows.revoke(clientId, before));
  }

  /**
   * Replicas write concurrently: the cache keeps the latest revocation, as the table does, with
   * conditional writes (a function would have to be marshalled to the other replicas).
   */
  private void share(String clientId, Instant before) {
    Cache<String, Long> revocations = revocations();
    long millis = before.toEpochMilli();
    while (true) {
      Long current = revocations.putIfAbsent(clientId, millis);
      if (current == null || current >= millis || revocations.replace(clientId, current, millis)) {
        return;
      }
    }
  }

  private Cache<String, Long> revocations() {
    return state.cache(CACHE);
  }
}
