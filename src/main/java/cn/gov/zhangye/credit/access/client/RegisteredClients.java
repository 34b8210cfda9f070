package cn.gov.zhangye.credit.access.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clients of the registry, for the token endpoint and access checks. Call it on a Vert.x
 * context (a request's event loop); its answers come back there.
 */
@ApplicationScoped
public class RegisteredClients implements ClientDirectory {

  private final ClientRows rows;
  private final ClientSecrets secrets;

  RegisteredClients(ClientRows rows, ClientSecrets secrets) {
    this.rows = rows;
    this.secrets = secrets;
  }

  @Override
  public Uni<Optional<Client>> find(String id) {
    return row(id).map(row -> Optional.ofNullable(row).map(RegisteredClient::toClient));
  }

  @Override
  public Uni<Map<String, String>> displayNames(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.withSession(() -> rows.list("id in ?1", List.copyOf(ids)))
        .map(
            found ->
                found.stream()
                    .collect(
                        Collectors.toUnmodifiableMap(
                            RegisteredClient::id, RegisteredClient::displayName)));
  }

  /** Empty also for a suspended client, after checking its secret all the same. */
  @Override
  public Uni<Optional<Client>> authenticate(String id, String secret) {
    return row(id)
        .flatMap(
            row ->
                secrets
                    .matches(secret, row == null ? null : row.secretHash())
                    .map(
                        matches ->
                            matches && row.active()
                                ? Optional.of(row.toClient())
                                : Optional.<Client>empty()));
  }

  private Uni<RegisteredClient> row(String id) {
    return id == null ? Uni.createFrom().nullItem() : Panache.withSession(() -> rows.findById(id));
  }
}
