package cn.gov.zhangye.credit.access.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegisteredClientsTest {

  private static final String AGENCY = "directory-agency";
  private static final String SECRET = "directory-agency-secret-0123456789";

  @Inject RegisteredClients directory;
  @Inject ClientRegistry registry;

  @BeforeEach
  void registerTheAgency() {
    OnVertx.await(
        () ->
            registry.createIfAbsent(
                new NewClient(
                    AGENCY,
                    "目录测试机构",
                    ClientKind.AGENCY,
                    "agency-plus",
                    List.of(Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY_PERSON),
                    null,
                    null,
                    List.of("BAD_RECORD", "CREDIT_RATING"),
                    true,
                    null),
                SECRET));
  }

  @Test
  void theRightSecretAuthenticatesTheClient() {
    Client client = authenticate(AGENCY, SECRET).orElseThrow();
    assertEquals(AGENCY, client.id());
    assertEquals("目录测试机构", client.displayName());
    assertEquals(ClientKind.AGENCY, client.kind());
    assertEquals(ClientStatus.ACTIVE, client.status());
    assertEquals("agency-plus", client.plan());
    assertEquals(Set.of(Scopes.CREDIT_QUERY, Scopes.CREDIT_QUERY_PERSON), client.scopes());
    assertEquals(Set.of(), client.submittableRecordTypes());
    assertEquals(Set.of("BAD_RECORD", "CREDIT_RATING"), client.conditionalRecordTypes());
    assertTrue(client.personQueryLicensed());
    assertEquals(Optional.empty(), client.divisionCode());
  }

  @Test
  void aWrongOrMissingSecretOrIdAuthenticatesNobody() {
    assertEquals(Optional.empty(), authenticate(AGENCY, SECRET.toUpperCase()));
    assertEquals(Optional.empty(), authenticate(AGENCY, ""));
    assertEquals(Optional.empty(), authenticate(AGENCY, null));
    assertEquals(Optional.empty(), authenticate("no-such-client", SECRET));
    assertEquals(Optional.empty(), authenticate(null, SECRET));
  }

  @Test
  void aSuspendedClientIsFoundButNotAuthenticated() {
    String id = "directory-suspended";
    create(id, "directory-suspended-secret-0123456789");
    OnVertx.await(() -> registry.suspend(id));

    assertEquals(Optional.empty(), authenticate(id, "directory-suspended-secret-0123456789"));
    Client found = OnVertx.await(() -> directory.find(id)).orElseThrow();
    assertEquals(ClientStatus.SUSPENDED, found.status());
    assertFalse(found.active());
    assertEquals(Optional.empty(), OnVertx.await(() -> directory.find("no-such-client")));
  }

  @Test
  void onlyTheHashOfASecretIsStored() throws SQLException {
    String hash = storedHash(AGENCY);
    assertTrue(hash.startsWith("$2a$10$"), "a bcrypt hash of cost 10: " + hash);
    assertFalse(hash.contains(SECRET));
    assertTrue(BcryptUtil.matches(SECRET, hash));
  }

  @Test
  void aLongerSecretThanBcryptReadsNeverMatchesOnItsFirst72Bytes() {
    String secret = "s".repeat(ClientSecrets.MAX_SECRET_BYTES);
    create("directory-long-secret", secret);
    assertTrue(authenticate("directory-long-secret", secret).isPresent());
    assertEquals(Optional.empty(), authenticate("directory-long-secret", secret + "x"));
  }

  /**
   * An unknown id costs a bcrypt verification, as a wrong secret does: the fastest of a few tries
   * is at least half the fastest verification of the same cost measured here.
   */
  @Test
  void anUnknownIdTakesAsLongAsAWrongSecret() {
    String hash = BcryptUtil.bcryptHash("x", ClientSecrets.HASH_COST);
    long verification = fastest(() -> BcryptUtil.matches("y", hash));
    long unknownId = fastest(() -> authenticate("no-such-client", "any-secret"));
    long wrongSecret = fastest(() -> authenticate(AGENCY, "any-secret"));
    assertTrue(unknownId >= verification / 2, unknownId + " ns vs " + verification + " ns");
    assertTrue(wrongSecret >= verification / 2, wrongSecret + " ns vs " + verification + " ns");
  }

  private Optional<Client> authenticate(String id, String secret) {
    return OnVertx.await(() -> directory.authenticate(id, secret));
  }

  private void create(String id, String secret) {
    NewClient client =
        new NewClient(
            id,
            "目录测试",
            ClientKind.AGENCY,
            "agency-basic",
            List.of(Scopes.CREDIT_QUERY),
            List.of(),
            null,
            List.of(),
            false,
            null);
    assertTrue(OnVertx.await(() -> registry.createIfAbsent(client, secret)));
  }

  private static long fastest(Runnable work) {
    return LongStream.range(0, 3)
        .map(
            attempt -> {
              long start = System.nanoTime();
              work.run();
              return System.nanoTime() - start;
            })
        .min()
        .orElseThrow();
  }

  private static String storedHash(String id) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement("SELECT secret_hash FROM client WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet result = select.executeQuery()) {
        assertTrue(result.next(), "no client " + id);
        return result.getString(1);
      }
    }
  }
}
