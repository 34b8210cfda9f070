package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.platform.Causes;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;

/**
 * What operators do with clients: register, list, change grants and plan, suspend, reactivate and
 * issue new secrets. Every method answers on the caller's Vert.x context.
 */
@ApplicationScoped
class ClientRegistry {

  private static final Sort BY_ID = Sort.by("id");
  private static final String UNIQUE_VIOLATION = "23505";

  private final ClientRows rows;
  private final ClientSecrets secrets;
  private final ClientChecks checks;
  private final Event<ClientSuspended> suspended;
  private final Event<ClientReactivated> reactivated;
  private final Event<ClientSecretRotated> rotated;
  private final Clock clock;

  ClientRegistry(
      ClientRows rows,
      ClientSecrets secrets,
      ClientChecks checks,
      Event<ClientSuspended> suspended,
      Event<ClientReactivated> reactivated,
      Event<ClientSecretRotated> rotated,
      Clock clock) {
    this.rows = rows;
    this.secrets = secrets;
    this.checks = checks;
    this.suspended = suspended;
    this.reactivated = reactivated;
    this.rotated = rotated;
    this.clock = clock;
  }

  /**
   * Registers {@code draft} with a new secret; 422 when it breaks a rule, 409 when the id is taken.
   */
  Uni<IssuedSecret> create(NewClient draft) {
    String secret = secrets.generate();
    return Uni.createFrom()
        .item(() -> checks.ofNew(draft))
        .invoke(ClientRegistry::rejectIfAny)
        .flatMap(valid -> register(draft, secret))
        .map(created -> created.orElseThrow(() -> ClientProblems.exists(draft.id())))
        .map(client -> new IssuedSecret(ClientView.of(client), secret));
  }

  /**
   * Registers {@code draft} with {@code secret} unless a client of its id exists, which is left as
   * it is. For the clients of configuration and demo data, which are not checked against the
   * catalogue: a replaced catalogue must not stop the start.
   */
  Uni<Boolean> createIfAbsent(NewClient draft, String secret) {
    return register(draft, secret).map(Optional::isPresent);
  }

  Uni<ClientPage> list(ClientListQuery query, RequestedPage<String> requested) {
    Map<String, Object> filters = new LinkedHashMap<>();
    query.kind().ifPresent(kind -> filters.put("kind", kind));
    query.status().ifPresent(status -> filters.put("status", status));
    List<String> conditions =
        new ArrayList<>(filters.keySet().stream().map(name -> name + " = :" + name).toList());
    requested
        .after()
        .ifPresent(
            after -> {
              filters.put("after", after);
              conditions.add("id > :after");
            });
    return Panache.withSession(
            () ->
                (conditions.isEmpty()
                        ? rows.findAll(BY_ID)
                        : rows.find(String.join(" and ", conditions), BY_ID, filters))
                    .range(0, requested.limit() - 1)
                    .list())
        .map(read -> ClientPage.of(requested.of(read, RegisteredClient::id)));
  }

  Uni<ClientView> get(String id) {
    return Panache.withSession(() -> require(id)).map(ClientView::of);
  }

  /** Applies {@code changes}; 422 when they break a rule, 409 when the client changed meanwhile. */
  Uni<ClientView> change(String id, ClientChanges changes) {
    return Panache.withTransaction(
            () ->
                require(id)
                    .map(
                        client -> {
                          rejectIfAny(checks.ofChanges(Optional.of(client.kind()), changes));
                          client.change(changes, now());
                          return ClientView.of(client);
                        }))
        .onFailure(ClientRegistry::staleState)
        .transform(stale -> ClientProblems.changedMeanwhile(id));
  }

  /**
   * Suspends the client and then fires {@link ClientSuspended}, also for a client suspended
   * already, so that repeating a suspension re-establishes a revocation that failed. Observers run
   * on a worker thread and may block; the answer waits for them.
   */
  Uni<ClientView> suspend(String id) {
    return moveTo(id, ClientStatus.SUSPENDED)
        .call(client -> announce(() -> suspended.fire(new ClientSuspended(id))));
  }

  /** Suspends the client of {@code id} as {@link #suspend} when it exists and is active. */
  Uni<Boolean> suspendIfActive(String id) {
    return Panache.withSession(() -> rows.findById(id))
        .flatMap(
            client ->
                client == null || !client.active()
                    ? Uni.createFrom().item(false)
                    : suspend(id).replaceWith(true));
  }

  /** Whether a client of {@code id} exists. */
  Uni<Boolean> exists(String id) {
    return Panache.withSession(() -> rows.findById(id)).map(client -> client != null);
  }

  /** Reactivates the client and then fires {@link ClientReactivated}, as {@link #suspend}. */
  Uni<ClientView> reactivate(String id) {
    return moveTo(id, ClientStatus.ACTIVE)
        .call(client -> announce(() -> reactivated.fire(new ClientReactivated(id))));
  }

  /**
   * Replaces the client's secret with a new one: the old one stops working at once. Then fires
   * {@link ClientSecretRotated}, as {@link #suspend} fires its event.
   */
  Uni<IssuedSecret> rotateSecret(String id) {
    String secret = secrets.generate();
    Instant rotatedAt = now();
    return secrets
        .hash(secret)
        .flatMap(
            hash ->
                Panache.withTransaction(
                    () ->
                        require(id)
                            .map(
                                client -> {
                                  client.replaceSecret(hash, rotatedAt);
                                  return ClientView.of(client);
                                })))
        .call(client -> announce(() -> rotated.fire(new ClientSecretRotated(id, rotatedAt))))
        .map(client -> new IssuedSecret(client, secret));
  }

  private Uni<Optional<RegisteredClient>> register(NewClient draft, String secret) {
    return Panache.withSession(() -> rows.findById(draft.id()))
        .flatMap(
            existing ->
                existing != null
                    ? Uni.createFrom().item(Optional.<RegisteredClient>empty())
                    : secrets
                        .hash(secret)
                        .flatMap(
                            hash ->
                                Panache.withTransaction(
                                    () -> rows.persist(RegisteredClient.of(draft, hash, now()))))
                        .map(Optional::of)
                        .onFailure(ClientRegistry::duplicateId)
                        .recoverWithItem(Optional.empty()));
  }

  private Uni<ClientView> moveTo(String id, ClientStatus status) {
    return Panache.withTransaction(
        () ->
            require(id)
                .map(
                    client -> {
                      client.moveTo(status, now());
                      return ClientView.of(client);
                    }));
  }

  private static Uni<Void> announce(Runnable fire) {
    return VertxContextSupport.executeBlocking(
            () -> {
              fire.run();
              return true;
            })
        .replaceWithVoid();
  }

  private Uni<RegisteredClient> require(String id) {
    return rows.findById(id).onItem().ifNull().failWith(() -> ClientProblems.notFound(id));
  }

  private static void rejectIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED,
          new Text("problem.validation-failed.detail", violations.size()),
          violations);
    }
  }

  private static boolean duplicateId(Throwable failure) {
    SQLException database = Causes.find(failure, SQLException.class);
    return database != null && UNIQUE_VIOLATION.equals(database.getSQLState());
  }

  private static boolean staleState(Throwable failure) {
    return Causes.find(failure, StaleStateException.class) != null
        || Causes.find(failure, OptimisticLockException.class) != null;
  }

  /** Now, to the microsecond PostgreSQL keeps, so that what is shown equals what is read later. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
