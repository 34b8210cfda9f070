package cn.gov.zhangye.credit.access.token;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.access.client.Client;
import cn.gov.zhangye.credit.access.client.ClientDirectory;
import cn.gov.zhangye.credit.access.client.ClientKind;
import cn.gov.zhangye.credit.access.client.ClientStatus;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Some of the demo clients of the registry, with their secrets ({@code <id>-secret}), for the token
 * tests while the registry's own directory is not there: a default bean, so the registry's
 * directory replaces it as soon as it exists.
 */
@DefaultBean
@ApplicationScoped
class DemoClientDirectory implements ClientDirectory {

  private static final Map<String, Client> CLIENTS =
      Map.of(
          "demo-agency",
          client(
              "demo-agency",
              ClientKind.AGENCY,
              "agency-plus",
              Set.of(Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY_PERSON, Scopes.REDRESS_FILE),
              null),
          "demo-county-shandan",
          client(
              "demo-county-shandan",
              ClientKind.COUNTY,
              "submitter",
              Set.of(Scopes.RECORDS_SUBMIT),
              "620725"),
          "demo-operator",
          client(
              "demo-operator",
              ClientKind.OPERATOR,
              "internal",
              Set.of(Scopes.ADMIN, Scopes.EXCHANGE_ADMIN, Scopes.STATS_READ),
              null));

  @Override
  public Uni<Optional<Client>> find(String id) {
    return Uni.createFrom().item(Optional.ofNullable(CLIENTS.get(id)));
  }

  @Override
  public Uni<Optional<Client>> authenticate(String id, String secret) {
    return find(id).map(client -> client.filter(c -> secret.equals(c.id() + "-secret")));
  }

  private static Client client(
      String id, ClientKind kind, String plan, Set<String> scopes, String division) {
    return new Client(
        id,
        id,
        kind,
        ClientStatus.ACTIVE,
        plan,
        scopes,
        Set.of(),
        Optional.ofNullable(division),
        Set.of(),
        kind == ClientKind.AGENCY);
  }
}
