package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.ClientReactivated;
import cn.gov.zhangye.credit.access.client.ClientSuspended;
import cn.gov.zhangye.credit.platform.cluster.SharedState;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The clients whose tokens were revoked by a suspension, shared by every replica: client id to the
 * instant of suspension (epoch milliseconds). A token issued before that instant is refused. On
 * reactivation the entry stays until every such token has expired, then it goes. Started with the
 * gateway, so that the shared state is not first opened on a request's event loop.
 */
@ApplicationScoped
@Startup
class Revocations {

  static final String CACHE = "revoked-clients";

  private final Cache<String, Long> suspensions;
  private final Duration tokensOutlive;
  private final Clock clock;

  @Inject
  Revocations(SharedState state, TokenSettings settings) {
    this(state.cache(CACHE), settings.lifetime().plus(settings.clockSkew()), Clock.systemUTC());
  }

  Revocations(Cache<String, Long> suspensions, Duration tokensOutlive, Clock clock) {
    this.suspensions = suspensions;
    this.tokensOutlive = tokensOutlive;
    this.clock = clock;
  }

  /**
   * Writes through to every replica before it returns, so that when a suspension is reported done
   * no replica accepts the client's tokens any more.
   */
  void suspended(@Observes ClientSuspended suspension) {
    suspensions.put(suspension.clientId(), clock.millis());
  }

  void reactivated(@Observes ClientReactivated reactivation) {
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
    Long since = suspensions.get(clientId);
    return since != null && issuedAt.toEpochMilli() < since;
  }
}
