package cn.gov.zhangye.credit.access.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.platform.cluster.SharedStateReady;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tests run in demo mode ({@code %test.credit.access.demo.enabled=true}). */
@QuarkusTest
class DemoClientsTest {

  private static final List<String> IDS =
      List.of(
          "demo-agency",
          "demo-agency-basic",
          "demo-department",
          "demo-county-shandan",
          "demo-county-linze",
          "demo-county-gaotai",
          "demo-office");

  @Inject DemoClients demo;
  @Inject RegisteredClients directory;
  @Inject ClientRegistry registry;
  @Inject ClientChecks checks;
  @Inject Catalog catalog;

  @Test
  void everyDemoClientAuthenticatesWithItsIdFollowedBySecret() {
    for (String id : IDS) {
      assertTrue(OnVertx.await(() -> directory.authenticate(id, id + "-secret")).isPresent(), id);
    }
    assertEquals(IDS, DemoClients.clients().stream().map(NewClient::id).toList());
  }

  @Test
  void theDemoClientsHaveTheirGrants() {
    Client basic = client("demo-agency-basic");
    assertEquals(Set.of(Scopes.CREDIT_QUERY), basic.scopes());
    assertEquals("agency-basic", basic.plan());
    assertEquals(false, basic.personQueryLicensed());

    Client department = client("demo-department");
    assertEquals(ClientKind.DEPARTMENT, department.kind());
    assertEquals(
        Set.of("ADMIN_LICENCE", "ADMIN_PENALTY", "ABNORMAL_OPERATION", "BLACK_LIST"),
        department.submittableRecordTypes());

    Set<String> allTypes =
        catalog.recordTypes().stream().map(RecordType::code).collect(Collectors.toSet());
    assertEquals(allTypes, Set.copyOf(DemoClients.ALL_RECORD_TYPES));
    for (String[] county :
        new String[][] {
          {"demo-county-shandan", "620725"},
          {"demo-county-linze", "620723"},
          {"demo-county-gaotai", "620724"}
        }) {
      Client client = client(county[0]);
      assertEquals(ClientKind.COUNTY, client.kind());
      assertEquals(Optional.of(county[1]), client.divisionCode());
      assertEquals(Set.of(Scopes.RECORDS_SUBMIT), client.scopes());
      assertEquals(allTypes, client.submittableRecordTypes());
    }

    assertEquals(
        Set.of(Scopes.LISTS_REVIEW, Scopes.REDRESS_HANDLE, Scopes.STATS_READ),
        client("demo-office").scopes());
  }

  @Test
  void noDemoClientMayAdministerTheGateway() {
    for (String id : IDS) {
      Client client = client(id);
      assertFalse(client.scopes().contains(Scopes.ADMIN), id);
      assertFalse(client.scopes().contains(Scopes.EXCHANGE_ADMIN), id);
      assertFalse(client.kind() == ClientKind.OPERATOR, id);
    }
  }

  @Test
  void theRetiredDemoOperatorOfAnEarlierDatabaseIsSuspended() {
    NewClient retired =
        new NewClient(
            "demo-operator",
            "网关运维（演示）",
            ClientKind.OPERATOR,
            "internal",
            List.of(Scopes.ADMIN),
            List.of(),
            null,
            List.of(),
            false,
            null);
    OnVertx.await(() -> registry.createIfAbsent(retired, "demo-operator-secret"));
    assertTrue(
        OnVertx.await(() -> directory.authenticate("demo-operator", "demo-operator-secret"))
            .isPresent());

    demo.suspendTheInadmissible(new SharedStateReady(null));

    assertEquals(
        Optional.empty(),
        OnVertx.await(() -> directory.authenticate("demo-operator", "demo-operator-secret")));
    assertTrue(
        OnVertx.await(() -> directory.authenticate("demo-agency", "demo-agency-secret"))
            .isPresent(),
        "in demo mode the demo clients stay");
  }

  @Test
  void theDemoClientsKeepTheRulesOfTheShippedCatalogue() {
    for (NewClient client : DemoClients.clients()) {
      assertEquals(List.of(), checks.ofNew(client), client.id());
    }
  }

  @Test
  void seedingAgainLeavesExistingDemoClientsAsTheyAre() {
    ClientChanges renamed = new ClientChanges("改过名的演示机构", null, null, null, null, null, null, null);
    String original = OnVertx.await(() -> registry.get("demo-agency-basic")).displayName();
    OnVertx.await(() -> registry.change("demo-agency-basic", renamed));
    try {
      demo.onSchemaReady(new SchemaReady());
      assertEquals("改过名的演示机构", client("demo-agency-basic").displayName());
    } finally {
      OnVertx.await(
          () ->
              registry.change(
                  "demo-agency-basic",
                  new ClientChanges(original, null, null, null, null, null, null, null)));
    }
  }

  private Client client(String id) {
    return OnVertx.await(() -> directory.find(id)).orElseThrow();
  }
}
