package cn.gov.zhangye.credit.access.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.Scopes;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    assertFalse(bootstrap.ensure(settings(null, null, null, null)));
  }

  @Test
  void theConfiguredOperatorIsCreatedOnceAndNeverOverwritten() {
    assertTrue(bootstrap.ensure(settings("bootstrap-operator", SECRET, null, null)));
    Client operator = authenticate("bootstrap-operator", SECRET).orElseThrow();
    assertEquals(ClientKind.OPERATOR, operator.kind());
    assertEquals(Set.of(Scopes.ADMIN), operator.scopes());

    String another = "another-operator-secret-0123456789";
    assertFalse(bootstrap.ensure(settings("bootstrap-operator", another, null, null)));
    assertTrue(authenticate("bootstrap-operator", SECRET).isPresent());
    assertEquals(Optional.empty(), authenticate("bootstrap-operator", another));
  }

  @Test
  void theSecretMayComeFromAMountedFile() throws IOException {
    Path file = Files.writeString(directoryOfSecrets.resolve("operator-secret"), SECRET + "\n");
    assertTrue(bootstrap.ensure(settings("bootstrap-mounted", null, file, null)));
    assertTrue(authenticate("bootstrap-mounted", SECRET).isPresent());
  }

  @Test
  void aGeneratedSecretIsWrittenOnceToAFileOnlyTheOwnerMayRead() throws IOException {
    Path file = directoryOfSecrets.resolve("data/operator-secret");
    assertTrue(bootstrap.ensure(settings("bootstrap-generated", null, null, file)));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    String secret = Files.readString(file).strip();
    assertTrue(secret.length() >= OperatorBootstrap.MIN_SECRET_LENGTH, secret);
    Client operator = authenticate("bootstrap-generated", secret).orElseThrow();
    assertEquals(Set.of(Scopes.ADMIN), operator.scopes());

    assertFalse(bootstrap.ensure(settings("bootstrap-generated", null, null, file)));
    assertEquals(secret, Files.readString(file).strip(), "written once");
    assertTrue(authenticate("bootstrap-generated", secret).isPresent());
  }

  @Test
  void aConfiguredSecretWinsOverGeneratingOne() {
    Path file = directoryOfSecrets.resolve("unused");
    assertTrue(bootstrap.ensure(settings("bootstrap-given", SECRET, null, file)));
    assertTrue(authenticate("bootstrap-given", SECRET).isPresent());
    assertFalse(Files.exists(file));
  }

  @Test
  void aWrongSettingIsNamed() {
    Path missing = directoryOfSecrets.resolve("missing");
    assertFailure(
        "credit.access.bootstrap.operator-secret-file: cannot read",
        settings("bootstrap-broken", null, missing, null));
    assertFailure(
        "neither credit.access.bootstrap.operator-secret nor",
        settings("bootstrap-broken", null, null, null));
    assertFailure("not both", settings("bootstrap-broken", SECRET, missing, null));
    assertFailure("at least 32 characters", settings("bootstrap-broken", "short", null, null));
    assertFailure(
        "at least 32 characters", settings("bootstrap-broken", "x".repeat(73), null, null));
    assertFailure(
        "credit.access.bootstrap.operator-id: A client id",
        settings("Operator", SECRET, null, null));
    assertEquals(Optional.empty(), OnVertx.await(() -> directory.find("bootstrap-broken")));
  }

  private void assertFailure(String expected, BootstrapConfig settings) {
    ConfigurationException failure =
        assertThrows(ConfigurationException.class, () -> bootstrap.ensure(settings));
    assertTrue(failure.getMessage().contains(expected), failure.getMessage());
  }

  private Optional<Client> authenticate(String id, String secret) {
    return OnVertx.await(() -> directory.authenticate(id, secret));
  }

  private static BootstrapConfig settings(
      String id, String secret, Path secretFile, Path generatedSecretFile) {
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

      @Override
      public Optional<Path> generatedSecretFile() {
        return Optional.ofNullable(generatedSecretFile);
      }
    };
  }
}
