package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.cluster.SharedStateReady;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo mode ({@code credit.access.demo.enabled}): clients with fixed ids and well-known secrets
 * (the id followed by {@value #SECRET_SUFFIX}), created at start unless they exist. None of them
 * may administer the gateway. With demo mode off, the demo clients a database still holds are
 * suspended, and so is, always, the retired {@code demo-operator} of earlier versions, which had
 * the scope {@code admin}.
 */
@ApplicationScoped
class DemoClients {

  static final String SECRET_SUFFIX = "-secret";

  /**
   * Every record type of the shipped catalogue, for the counties. Fixed rather than read from the
   * running catalogue, so that the demo clients are the same whichever catalogue first starts.
   */
  static final List<String> ALL_RECORD_TYPES =
      List.of(
          "ADMIN_LICENCE",
          "ADMIN_PENALTY",
          "RED_LIST",
          "BLACK_LIST",
          "ABNORMAL_OPERATION",
          "BAD_RECORD",
          "CREDIT_COMMITMENT",
          "CREDIT_RATING");

  /** Demo clients of earlier versions that no gateway may admit any more. */
  static final List<String> RETIRED = List.of("demo-operator");

  private static final Logger LOG = Logger.getLogger(DemoClients.class);

  private final DemoConfig config;
  private final ClientSeeds seeds;
  private final int httpPort;

  DemoClients(
      DemoConfig config,
      ClientSeeds seeds,
      @ConfigProperty(name = "quarkus.http.port") int httpPort) {
    this.config = config;
    this.seeds = seeds;
    this.httpPort = httpPort;
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    if (!config.enabled()) {
      return;
    }
    List<NewClient> clients = clients();
    int created =
        seeds.createAbsent(
            clients.stream()
                .map(client -> new ClientSeeds.Seed(client, client.id() + SECRET_SUFFIX))
                .toList());
    LOG.infof(
        "Demo mode is on (credit.access.demo.enabled): demo clients %s (%d created now), each"
            + " with the secret <id>%s. Get a token: curl -s -u demo-agency:demo-agency%s -d"
            + " grant_type=client_credentials http://localhost:%d/oauth/token",
        String.join(", ", clients.stream().map(NewClient::id).toList()),
        created,
        SECRET_SUFFIX,
        SECRET_SUFFIX,
        httpPort);
  }

  /** Once the shared state runs, since a suspension revokes tokens there. */
  void suspendTheInadmissible(@Observes SharedStateReady ready) {
    List<String> inadmissible = new ArrayList<>(RETIRED);
    if (!config.enabled()) {
      clients().forEach(client -> inadmissible.add(client.id()));
    }
    List<String> suspended = seeds.suspendActive(inadmissible);
    if (!suspended.isEmpty()) {
      LOG.warnf(
          "Suspended the demo clients %s, whose secrets are well known: demo mode is off or they"
              + " are retired (credit.access.demo.enabled)",
          String.join(", ", suspended));
    }
  }

  /** The demo clients, in the order of the README. */
  static List<NewClient> clients() {
    List<String> submit = List.of(Scopes.RECORDS_SUBMIT);
    return List.of(
        client(
            "demo-agency",
            "演示信用服务机构（高级）",
            ClientKind.AGENCY,
            "agency-plus",
            List.of(Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY_PERSON),
            List.of(),
            null,
            List.of("BAD_RECORD", "CREDIT_RATING"),
            true),
        client(
            "demo-agency-basic",
            "演示信用服务机构（基础）",
            ClientKind.AGENCY,
            "agency-basic",
            List.of(Scopes.CREDIT_QUERY),
            List.of(),
            null,
            List.of(),
            false),
        client(
            "demo-department",
            "张掖市市场监督管理局（演示）",
            ClientKind.DEPARTMENT,
            "submitter",
            submit,
            List.of("ADMIN_LICENCE", "ADMIN_PENALTY", "ABNORMAL_OPERATION", "BLACK_LIST"),
            null,
            List.of(),
            false),
        county("demo-county-shandan", "山丹县公共信用信息平台（演示）", "620725"),
        county("demo-county-linze", "临泽县公共信用信息平台（演示）", "620723"),
        county("demo-county-gaotai", "高台县公共信用信息平台（演示）", "620724"),
        client(
            "demo-office",
            "张掖市信用办（演示）",
            ClientKind.CREDIT_OFFICE,
            "internal",
            List.of(Scopes.LISTS_REVIEW, Scopes.REDRESS_HANDLE, Scopes.STATS_READ),
            List.of(),
            null,
            List.of(),
            false));
  }

  private static NewClient county(String id, String displayName, String divisionCode) {
    return client(
        id,
        displayName,
        ClientKind.COUNTY,
        "submitter",
        List.of(Scopes.RECORDS_SUBMIT),
        ALL_RECORD_TYPES,
        divisionCode,
        List.of(),
        false);
  }

  private static NewClient client(
      String id,
      String displayName,
      ClientKind kind,
      String plan,
      List<String> scopes,
      List<String> submittableRecordTypes,
      String divisionCode,
      List<String> conditionalRecordTypes,
      boolean personQueryLicensed) {
    return new NewClient(
        id,
        displayName,
        kind,
        plan,
        scopes,
        submittableRecordTypes,
        divisionCode,
        conditionalRecordTypes,
        personQueryLicensed,
        null);
  }
}
