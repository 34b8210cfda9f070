package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.access.CallerIdentity;
import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.client.ClientDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The grants of calling agencies, read from the client registry and reused for {@code
 * credit.query.grants-lifespan}, so that a query does not read the registry each time. An unknown
 * client has no grants.
 */
@ApplicationScoped
public class Agencies {

  private final ClientDirectory clients;
  private final long lifespanMillis;
  private final Clock clock;
  private final Map<String, Grants> grants = new ConcurrentHashMap<>();

  @Inject
  Agencies(ClientDirectory clients, QueryConfig config, Clock clock) {
    this.clients = clients;
    this.clock = clock;
    this.lifespanMillis = config.grantsLifespan().toMillis();
  }

  /** The agency calling with {@code identity}; call it on the request's event loop. */
  public Uni<Agency> of(SecurityIdentity identity) {
    String clientId = CallerIdentity.current(identity).id();
    boolean personScope = identity.hasRole(Scopes.CREDIT_QUERY_PERSON);
    Grants known = grants.get(clientId);
    long now = clock.millis();
    if (known != null && known.until() > now) {
      return Uni.createFrom().item(known.agency(clientId, personScope));
    }
    return clients
        .find(clientId)
        .map(
            client -> {
              Grants read = Grants.of(client, now + lifespanMillis);
              grants.put(clientId, read);
              return read.agency(clientId, personScope);
            });
  }

  private record Grants(
      String displayName, Set<String> conditionalRecordTypes, boolean licensed, long until) {

    static Grants of(Optional<Client> client, long until) {
      return client
          .filter(Client::active)
          .map(
              found ->
                  new Grants(
                      found.displayName(),
                      found.conditionalRecordTypes(),
                      found.personQueryLicensed(),
                      until))
          .orElseGet(() -> new Grants(null, Set.of(), false, until));
    }

    Agency agency(String clientId, boolean personScope) {
      return new Agency(
          clientId,
          displayName == null ? clientId : displayName,
          conditionalRecordTypes,
          personScope,
          licensed);
    }
  }
}
