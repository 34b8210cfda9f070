package cn.gov.zhangye.credit.access.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class OperatorBootstrapTest {

  private static final String SECRET = "bootstrap-operator-secret-0123456789";

  @Inject OperatorBootstrap bootstrap;
  @Inject RegisteredClients directory;

  @TempDir Path directoryOfSecrets;

  @Test
  void noOperatorIdNoOperator() {
    assertFalse(bootstrap.ensure(settings(null, null, null)));
  }

  @Test
  void theConfiguredOperatorIsCreatedOnceAndNeverOverwritten() {
    assertTrue(bootstrap.ensure(settings("bootstrap-operator", SECRET, null)));
    Client operator = authenticate("bootstrap-operator", SECRET).orElseThrow();
    assertEquals(ClientKind.OPERATOR, operator.kind());
    assertEquals(Set.of(Scopes.ADMIN), operator.scopes());

    String another = "another-operator-secret-0123456789";
    assertFalse(bootstrap.ensure(settings("bootstrap-operator", another, null)));
    assertTrue(authenticate("bootstrap-operator", SECRET).isPresent());
    assertEquals(Optional.empty(), authenticate("bootstrap-operator", another));
  }

  @Test
  void theSecretMayComeFromAMountedFile() throws IOException {
    Path file = Files.writeString(directoryOfSecrets.resolve("operator-secret"), SECRET + "\n");
    assertTrue(bootstrap.ensure(settings("bootstrap-mounted", null, file)));
    assertTrue(authenticate("bootstrap-mounted", SECRET).isPresent());
  }

  @Test
  void aWrongSettingIsNamed() {
    Path missing = directoryOfSecrets.resolve("missing");
    assertFailure(
        "credit.access.bootstrap.operator-secret-file: cannot read",
        settings("bootstrap-broken", null, missing));
    assertFailure(
        "neither credit.access.bootstrap.operator-secret nor",
        settings("bootstrap-broken", null, null));
    assertFailure("not both", settings("bootstrap-broken", SECRET, missing));
    assertFailure("at least 32 characters", settings("bootstrap-broken", "short", null));
    assertFailure("at least 32 characters", settings("bootstrap-broken", "x".repeat(73), null));
    assertFailure(
        "credit.access.bootstrap.operator-id: A client id", settings("Operator", SECRET, null));
    assertEquals(Optional.empty(), OnVertx.await(() -> directory.find("bootstrap-broken")));
  }

  private void assertFailure(String expected, BootstrapConfig settings) {
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> bootstrap.ensure(settings));
    assertTrue(failure.getMessage().contains(expected), failure.getMessage());
  }

  private Optional<Client> authenticate(String id, String secret) {
    return OnVertx.await(() -> directory.authenticate(id, secret));
  }

  private static BootstrapConfig settings(String id, String secret, Path secretFile) {
    return new BootstrapConfig() {
      @Override
      public Optional<String> operatorId() {
        return Optional.ofNullable(id);
      }

      @Override
      public Optional<String> operatorSecret() {
        return Optional.ofNullable(secret);
      }

      @Override
      public Optional<Path> operatorSecretFile() {
        return Optional.ofNullable(secretFile);
      }
    };
  }
}
