package cn.gov.zhangye.credit.access.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

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
