package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.client.ClientDirectory;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Checks client secrets, at most {@code credit.access.token.max-concurrent-secret-checks} at once:
 * a bcrypt check costs a worker thread tens of milliseconds, so a flood of token requests must not
 * take every worker. A request beyond the bound is answered 503 at once rather than queued.
 */
@ApplicationScoped
class SecretChecks {

  private final ClientDirectory clients;
  private final Semaphore permits;

  @Inject
  SecretChecks(ClientDirectory clients, TokenConfig config) {
    if (config.maxConcurrentSecretChecks() < 1) {
      throw new IllegalStateException(
          "credit.access.token.max-concurrent-secret-checks="
              + config.maxConcurrentSecretChecks()
              + " is not usable: it must be at least 1");
    }
    this.clients = clients;
    this.permits = new Semaphore(config.maxConcurrentSecretChecks());
  }

  /**
   * The active client whose secret this is; empty for a wrong secret, an unknown or a suspended
   * client.
   */
  Uni<Optional<Client>> authenticate(ClientCredentials credentials) {
    if (!permits.tryAcquire()) {
      return Uni.createFrom().failure(SecretChecks::busy);
    }
    return clients
        .authenticate(credentials.id(), credentials.secret())
        .map(found -> found.filter(Client::active))
        .onTermination()
        .invoke(permits::release);
  }

  private static ProblemException busy() {
    return ProblemException.retryLater(
        ProblemType.SERVICE_UNAVAILABLE,
        new Text("token.secret-checks.busy"),
        Duration.ofSeconds(1));
  }
}
