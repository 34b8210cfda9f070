package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.ClientReactivated;
import cn.gov.zhangye.credit.access.client.ClientSuspended;
import cn.gov.zhangye.credit.platform.cluster.SharedState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The clients whose tokens were revoked by a suspension, shared by every replica: client id to the
 * instant of suspension (epoch milliseconds). A token issued before that instant is refused. On
 * reactivation the entry stays until every such token has expired, then it goes. While the shared
 * state is not started (the database is not yet migrated), no token can be checked: a 503.
 */
@ApplicationScoped
class Revocations {

  static final String CACHE = "revoked-clients";

  private final SharedState state;
  private final Duration tokensOutlive;
  private final Clock clock;

  Revocations(SharedState state, TokenSettings settings, Clock clock) {
    this.state = state;
    this.clock = clock;
    this.tokensOutlive = settings.lifetime().plus(settings.clockSkew());
  }

  /**
   * Writes through to every replica before it returns, so that when a suspension is reported done
   * no replica accepts the client's tokens any more.
   */
  void suspended(@Observes ClientSuspended suspension) {
    suspensions().put(suspension.clientId(), clock.millis());
  }

  void reactivated(@Observes ClientReactivated reactivation) {
    Cache<String, Long> suspensions = suspensions();
    Long since = suspensions.get(reactivation.clientId());
    if (since == null) {
      return;
    }
    long remaining = since + tokensOutlive.toMillis() - clock.millis();
    if (remaining > 0) {
      suspensions.put(reactivation.clientId(), since, remaining, TimeUnit.MILLISECONDS);
    } else {
      suspensions.remove(reactivation.clientId());
    }
  }

  /** Whether the token of {@code clientId} issued at {@code issuedAt} was revoked. */
  boolean revoked(String clientId, Instant issuedAt) {
    Long since = suspensions().get(clientId);
    return since != null && issuedAt.toEpochMilli() < since;
  }

  private Cache<String, Long> suspensions() {
    return state.cache(CACHE);
  }
}
