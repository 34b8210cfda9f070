package cn.gov.zhangye.credit.access.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.platform.i18n.Languages;
import cn.gov.zhangye.credit.platform.paging.PageRequest;
import cn.gov.zhangye.credit.platform.paging.Paging;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.testing.TestDatabase;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientRegistryTest {

  @Inject ClientRegistry registry;
  @Inject RegisteredClients directory;
  @Inject ClientEvents events;
  @Inject Paging paging;

  @Test
  void aNewClientGetsAStrongSecretShownOnce() {
    IssuedSecret issued = OnVertx.await(() -> registry.create(agency("registry-new")));

    assertTrue(
        issued.clientSecret().matches("[A-Za-z0-9_-]{43}"),
        "32 random bytes, base64url: " + issued.clientSecret());
    ClientView client = issued.client();
    assertEquals("registry-new", client.id());
    assertEquals(ClientStatus.ACTIVE, client.status());
    assertEquals(List.of(Scopes.CREDIT_QUERY), client.scopes());
    assertEquals(List.of("BAD_RECORD"), client.conditionalRecordTypes());
    assertNull(client.divisionCode());
    assertEquals(client.createdAt(), client.secretRotatedAt());
    assertEquals(client, OnVertx.await(() -> registry.get("registry-new")));
    assertTrue(authenticates("registry-new", issued.clientSecret()));
  }

  @Test
  void twoClientsNeverShareASecret() {
    String first = OnVertx.await(() -> registry.create(agency("registry-first"))).clientSecret();
    String second = OnVertx.await(() -> registry.create(agency("registry-second"))).clientSecret();
    assertNotEquals(first, second);
    assertFalse(authenticates("registry-second", first));
  }

  @Test
  void anIdIsRegisteredOnce() {
    OnVertx.await(() -> registry.create(agency("registry-twice")));
    ProblemException conflict = problem(() -> registry.create(agency("registry-twice")));
    assertEquals(ClientProblems.CLIENT_CONFLICT, conflict.type());
    assertEquals("problem.client-conflict.exists", conflict.detail().key());
  }

  @Test
  void ofTwoRegistrationsOfOneIdAtOnceOneWins() {
    NewClient draft = agency("registry-race");
    List<CompletableFuture<Boolean>> racing =
        Stream.of("race-secret-one", "race-secret-two")
            .map(
                secret ->
                    CompletableFuture.supplyAsync(
                        () -> OnVertx.await(() -> registry.createIfAbsent(draft, secret))))
            .toList();
    assertEquals(
        List.of(false, true), racing.stream().map(CompletableFuture::join).sorted().toList());
  }

  @Test
  void everyBrokenRuleOfANewClientIsReported() {
    NewClient broken =
        new NewClient(
            "Registry_Broken",
            " ",
            ClientKind.AGENCY,
            "Agency Basic",
            List.of(Scopes.CREDIT_QUERY, "credit:write"),
            List.of("ADMIN_FINE"),
            "620725",
            List.of("ADMIN_PENALTY", "NO_SUCH_TYPE"),
            null,
            Map.of("status", TextNode.valueOf("ACTIVE")));
    assertEquals(
        List.of(
            "/id pattern",
            "/displayName minLength",
            "/plan pattern",
            "/scopes/1 enum",
            "/submittableRecordTypes/0 unknown-record-type",
            "/conditionalRecordTypes/0 not-conditional",
            "/conditionalRecordTypes/1 unknown-record-type",
            "/divisionCode not-allowed",
            "/status unknown-member"),
        violations(() -> registry.create(broken)));
  }

  @Test
  void requiredMembersAreNamed() {
    assertEquals(
        List.of("/id required", "/displayName required", "/kind required", "/plan required"),
        violations(() -> registry.create(NewClient.NONE)));
    assertEquals(
        List.of("/divisionCode required"),
        violations(() -> registry.create(county("registry-no-division", null))));
  }

  @Test
  void aCountyNeedsAKnownDivisionCode() {
    assertEquals(
        List.of("/divisionCode pattern"),
        violations(() -> registry.create(county("registry-county", "62072"))));
    assertEquals(
        List.of("/divisionCode unknown-division"),
        violations(() -> registry.create(county("registry-county", "629999"))));
    ClientView county =
        OnVertx.await(() -> registry.create(county("registry-county", "620722"))).client();
    assertEquals("620722", county.divisionCode());
    assertEquals(
        Optional.of("620722"),
        OnVertx.await(() -> directory.find("registry-county")).orElseThrow().divisionCode());
  }

  @Test
  void violationsAreWordedInBothLanguages() {
    Violation scope =
        problem(() -> registry.create(agency("registry-words", "credit:write")))
            .violations()
            .get(0);
    assertEquals(
        "“credit:write”不是权限范围，可选值：" + String.join(" / ", Scopes.ALL) + "。",
        scope.message().in(Languages.CHINESE));
    assertEquals(
        "\"credit:write\" is not a scope; allowed: " + String.join(" / ", Scopes.ALL) + ".",
        scope.message().in(Languages.ENGLISH));
  }

  @Test
  void changesReplaceOnlyWhatTheyGive() {
    ClientView before = OnVertx.await(() -> registry.create(agency("registry-change"))).client();
    ClientChanges upgrade =
        new ClientChanges(
            null,
            "agency-plus",
            List.of(Scopes.CREDIT_QUERY_PERSON, Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY),
            null,
            null,
            List.of("CREDIT_RATING", "BAD_RECORD"),
            true,
            null);

    ClientView after = OnVertx.await(() -> registry.change("registry-change", upgrade));

    assertEquals(before.displayName(), after.displayName());
    assertEquals("agency-plus", after.plan());
    assertEquals(List.of(Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY_PERSON), after.scopes());
    assertEquals(List.of("BAD_RECORD", "CREDIT_RATING"), after.conditionalRecordTypes());
    assertTrue(after.personQueryLicensed());
    assertTrue(after.updatedAt().isAfter(before.updatedAt()));
    assertEquals(after, OnVertx.await(() -> registry.get("registry-change")));
  }

  @Test
  void changesKeepTheRules() {
    OnVertx.await(() -> registry.create(agency("registry-bad-change")));
    ClientChanges broken =
        new ClientChanges(
            "x".repeat(ClientChecks.DISPLAY_NAME_MAX + 1),
            null,
            null,
            List.of("ADMIN_LICENCE", "ADMIN_FINE"),
            "620722",
            null,
            null,
            Map.of("kind", TextNode.valueOf("COUNTY")));
    assertEquals(
        List.of(
            "/displayName maxLength",
            "/submittableRecordTypes/1 unknown-record-type",
            "/divisionCode not-allowed",
            "/kind unknown-member"),
        violations(() -> registry.change("registry-bad-change", broken)));
  }

  /**
   * Another writer changes the client between this change's read and its write: the write, held up
   * by the other's row lock, then finds a newer version and the change is refused.
   */
  @Test
  void aChangeRacingAnotherIsAConflict() throws Exception {
    OnVertx.await(() -> registry.create(agency("registry-conflict")));
    try (Connection other = connect()) {
      other.setAutoCommit(false);
      try (Statement update = other.createStatement()) {
        update.executeUpdate(
            "UPDATE client SET version = version + 1 WHERE id = 'registry-conflict'");
      }
      CompletableFuture<ProblemException> change =
          CompletableFuture.supplyAsync(
              () ->
                  problem(
                      () ->
                          registry.change(
                              "registry-conflict",
                              new ClientChanges("改名", null, null, null, null, null, null, null))));
      awaitAnUpdateWaitingForALock(other);
      other.commit();
      ProblemException conflict = change.get(30, TimeUnit.SECONDS);
      assertEquals(ClientProblems.CLIENT_CONFLICT, conflict.type());
      assertEquals("problem.client-conflict.changed-meanwhile", conflict.detail().key());
    }
    assertEquals("登记测试机构", OnVertx.await(() -> registry.get("registry-conflict")).displayName());
  }

  @Test
  void anUnknownIdIsNotFound() {
    for (Supplier<Uni<?>> operation :
        List.<Supplier<Uni<?>>>of(
            () -> registry.get("registry-none"),
            () -> registry.change("registry-none", ClientChanges.NONE),
            () -> registry.suspend("registry-none"),
            () -> registry.reactivate("registry-none"),
            () -> registry.rotateSecret("registry-none"))) {
      ProblemException notFound = problem(operation);
      assertEquals(ClientProblems.CLIENT_NOT_FOUND, notFound.type());
    }
  }

  @Test
  void aSuspensionStopsAuthenticationAndIsAnnounced() {
    String secret = OnVertx.await(() -> registry.create(agency("registry-suspend"))).clientSecret();

    ClientView suspended = OnVertx.await(() -> registry.suspend("registry-suspend"));
    assertEquals(ClientStatus.SUSPENDED, suspended.status());
    assertFalse(authenticates("registry-suspend", secret));
    assertTrue(events.fired().contains(new ClientSuspended("registry-suspend")));

    OnVertx.await(() -> registry.suspend("registry-suspend"));
    assertEquals(
        2,
        events.fired().stream().filter(new ClientSuspended("registry-suspend")::equals).count(),
        "a repeated suspension is announced again");

    ClientView reactivated = OnVertx.await(() -> registry.reactivate("registry-suspend"));
    assertEquals(ClientStatus.ACTIVE, reactivated.status());
    assertTrue(authenticates("registry-suspend", secret));
    assertTrue(events.fired().contains(new ClientReactivated("registry-suspend")));
    assertFalse(events.firedOnEventLoop(), "observers may block: never on the event loop");
  }

  @Test
  void aNewSecretReplacesTheOldOneAtOnce() {
    IssuedSecret first = OnVertx.await(() -> registry.create(agency("registry-rotate")));

    IssuedSecret second = OnVertx.await(() -> registry.rotateSecret("registry-rotate"));

    assertNotEquals(first.clientSecret(), second.clientSecret());
    assertFalse(authenticates("registry-rotate", first.clientSecret()));
    assertTrue(authenticates("registry-rotate", second.clientSecret()));
    assertTrue(second.client().secretRotatedAt().isAfter(first.client().secretRotatedAt()));
  }

  @Test
  void clientsAreListedByIdAPageAtATimeAndFiltered() {
    for (String division : List.of("620721", "620702")) {
      OnVertx.await(() -> registry.create(county("registry-list-" + division, division)));
    }
    ClientListQuery activeCounties = ClientListQuery.parse("COUNTY", "ACTIVE", Optional.empty());
    ClientPage counties = OnVertx.await(() -> registry.list(activeCounties, page(null, "100")));
    List<String> ids = counties.items().stream().map(ClientView::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertTrue(
        ids.containsAll(List.of("registry-list-620721", "registry-list-620702")), ids.toString());
    assertTrue(counties.items().stream().allMatch(client -> client.kind() == ClientKind.COUNTY));

    ClientPage first = OnVertx.await(() -> registry.list(activeCounties, page(null, "2")));
    ClientPage second = OnVertx.await(() -> registry.list(activeCounties, page(first.next(), "2")));
    assertEquals(
        ids.subList(2, Math.min(4, ids.size())),
        second.items().stream().map(ClientView::id).toList());
  }

  private RequestedPage<String> page(String cursor, String size) {
    return paging.request(
        PageRequest.of(cursor, size),
        ClientAdminResource.KEYSET,
        ClientListQuery.parse("COUNTY", "ACTIVE", Optional.empty()));
  }

  private static Connection connect() throws SQLException {
    return TestDatabase.connect();
  }

  private static void awaitAnUpdateWaitingForALock(Connection other) throws Exception {
    try (Connection observer = connect();
        Statement waiting = observer.createStatement()) {
      for (int attempt = 0; attempt < 300; attempt++) {
        try (ResultSet result =
            waiting.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query ILIKE 'update client%'")) {
          result.next();
          if (result.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    other.rollback();
    throw new AssertionError("the change never tried to write");
  }

  private boolean authenticates(String id, String secret) {
    return OnVertx.await(() -> directory.authenticate(id, secret)).isPresent();
  }

  private static List<String> violations(Supplier<Uni<?>> operation) {
    ProblemException problem = problem(operation);
    assertEquals(ProblemType.VALIDATION_FAILED, problem.type());
    return problem.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
  }

  private static ProblemException problem(Supplier<Uni<?>> operation) {
    return assertThrows(
        ProblemException.class, () -> OnVertx.await(() -> operation.get().replaceWithVoid()));
  }

  static NewClient agency(String id, String... scopes) {
    return new NewClient(
        id,
        "登记测试机构",
        ClientKind.AGENCY,
        "agency-basic",
        scopes.length == 0 ? List.of(Scopes.CREDIT_QUERY) : List.of(scopes),
        null,
        null,
        List.of("BAD_RECORD"),
        null,
        null);
  }

  private static NewClient county(String id, String divisionCode) {
    return new NewClient(
        id,
        "县区平台测试",
        ClientKind.COUNTY,
        "submitter",
        List.of(Scopes.RECORDS_SUBMIT),
        List.of("ADMIN_LICENCE"),
        divisionCode,
        null,
        null,
        null);
  }
}
