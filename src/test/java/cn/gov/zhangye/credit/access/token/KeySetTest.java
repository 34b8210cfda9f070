package cn.gov.zhangye.credit.access.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctJwkGenerator;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySetTest {

  private static final Clock JUNE = clock("2026-06-01T08:30:00Z");

  @TempDir Path directory;

  @Test
  void aKeyIsGeneratedOnceAndOnlyItsOwnerMayReadIt() throws IOException {
    Path keys = directory.resolve("data/keys");
    List<SigningKey> first = KeySet.load(config(keys, true, SigningAlgorithm.RS256), JUNE);
    assertEquals(1, first.size());
    assertEquals("20260601T083000Z", first.get(0).id());
    Path file = keys.resolve("20260601T083000Z.pem");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));

    List<SigningKey> again =
        KeySet.load(config(keys, true, SigningAlgorithm.RS256), clock("2026-07-01T00:00:00Z"));
    assertEquals(1, again.size());
    assertArrayEquals(first.get(0).publicKey().getEncoded(), again.get(0).publicKey().getEncoded());
    assertTrue(again.get(0).signs());
  }

  @Test
  void anEs256KeyMayBeGenerated() {
    List<SigningKey> keys = KeySet.load(config(directory, true, SigningAlgorithm.ES256), JUNE);
    assertEquals(SigningAlgorithm.ES256, keys.get(0).algorithm());
    assertTrue(keys.get(0).signs());
  }

  @Test
  void theGreatestKeyIdWithAPrivatePartSignsAndEveryKeyVerifies() throws Exception {
    KeyPair january = rsa(2048);
    KeyPair june = rsa(2048);
    KeyPair september = rsa(2048);
    write("2026-01-01.pem", pem(january, true));
    write("2026-06-01.pem", pem(june, true));
    write("2026-09-01.pem", pem(september, false));
    write("README.txt", "not a key");

    KeySet keys = new KeySet(KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
    assertEquals("2026-06-01", keys.signing().id());
    assertFalse(key(keys, "2026-09-01").signs());
    assertEquals(
        List.of("2026-01-01", "2026-06-01", "2026-09-01"),
        keys.all().stream().map(SigningKey::id).toList());
    assertTrue(keys.all().stream().noneMatch(key -> key.id().equals("2026-12-01")));
  }

  @Test
  void anRsaPrivateKeyAloneCarriesItsPublicKey() throws Exception {
    KeyPair pair = rsa(2048);
    write("solo.pem", PemKeyFile.encode(PemKeyFile.PRIVATE, pair.getPrivate().getEncoded()));
    SigningKey key = only(KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
    assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
  }

  @Test
  void jwkFilesAndKeySetsAreRead() throws Exception {
    var rsa = RsaJwkGenerator.generateJwk(2048);
    write("single.jwk", rsa.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    var ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    ec.setKeyId("ec-key");
    var retired = RsaJwkGenerator.generateJwk(2048);
    retired.setKeyId("retired");
    write(
        "set.json",
        "{\"keys\": ["
            + ec.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)
            + ", "
            + retired.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
            + "]}");

    KeySet keys = new KeySet(KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
    assertEquals(SigningAlgorithm.RS256, key(keys, "single").algorithm());
    assertEquals(SigningAlgorithm.ES256, key(keys, "ec-key").algorithm());
    assertFalse(key(keys, "retired").signs());
    assertEquals("single", keys.signing().id());
  }

  @Test
  void anUnusableKeyFileStopsTheStartNamingIt() throws Exception {
    KeyPair one = rsa(2048);
    KeyPair other = rsa(2048);
    assertUnusable("short.pem", pem(rsa(1024), true), "not an RSA key of 2048 bits or more");
    assertUnusable(
        "pkcs1.pem",
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
        "openssl pkcs8");
    assertUnusable(
        "mismatched.pem",
        PemKeyFile.encode(PemKeyFile.PRIVATE, one.getPrivate().getEncoded())
            + PemKeyFile.encode(PemKeyFile.PUBLIC, other.getPublic().getEncoded()),
        "do not belong together");
    assertUnusable("empty.pem", "nothing here", "no PEM key block");
    assertUnusable(
        "hmac.jwk",
        OctJwkGenerator.generateJwk(256).toJson(JsonWebKey.OutputControlLevel.INCLUDE_SYMMETRIC),
        "not an RSA or EC key");
    var wrongAlg = RsaJwkGenerator.generateJwk(2048);
    wrongAlg.setAlgorithm("PS256");
    assertUnusable(
        "wrong-alg.jwk", wrongAlg.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), "PS256");
  }

  @Test
  void twoKeysWithOneIdStopTheStart() throws Exception {
    var jwk = RsaJwkGenerator.generateJwk(2048);
    jwk.setKeyId("twice");
    write("twice.pem", pem(rsa(2048), true));
    write("twice.jwk", jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    KeyFileException failure =
        assertThrows(
            KeyFileException.class,
            () -> KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
    assertTrue(failure.getMessage().contains("twice"), failure.getMessage());
  }

  @Test
  void withoutAKeyToSignWithTheStartStops() throws Exception {
    KeyFileException none =
        assertThrows(
            KeyFileException.class,
            () -> KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
    assertTrue(none.getMessage().contains("credit.access.keys.generate"), none.getMessage());

    write("public.pem", pem(rsa(2048), false));
    List<SigningKey> publicOnly =
        KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE);
    assertThrows(KeyFileException.class, () -> new KeySet(publicOnly));
  }

  @Test
  void aKeyThatCannotBeWrittenStopsTheStart() throws IOException {
    Path file = Files.writeString(directory.resolve("a-file"), "");
    KeyFileException failure =
        assertThrows(
            KeyFileException.class,
            () -> KeySet.load(config(file.resolve("keys"), true, SigningAlgorithm.RS256), JUNE));
    assertTrue(failure.getMessage().contains("Cannot create a signing key"), failure.getMessage());
  }

  private void assertUnusable(String name, String content, String reason) throws IOException {
    Path file = write(name, content);
    try {
      KeyFileException failure =
          assertThrows(
              KeyFileException.class,
              () -> KeySet.load(config(directory, false, SigningAlgorithm.RS256), JUNE));
      assertTrue(failure.getMessage().contains(name), failure.getMessage());
      assertTrue(failure.getMessage().contains(reason), failure.getMessage());
    } finally {
      Files.delete(file);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content);
  }

  private static SigningKey key(KeySet keys, String id) {
    return keys.all().stream().filter(key -> key.id().equals(id)).findFirst().orElseThrow();
  }

  private static SigningKey only(List<SigningKey> keys) {
    assertEquals(1, keys.size());
    return keys.get(0);
  }

  private static String pem(KeyPair pair, boolean withPrivate) {
    String publicBlock = PemKeyFile.encode(PemKeyFile.PUBLIC, pair.getPublic().getEncoded());
    return withPrivate
        ? PemKeyFile.encode(PemKeyFile.PRIVATE, pair.getPrivate().getEncoded()) + publicBlock
        : publicBlock;
  }

  private static KeyPair rsa(int bits) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    return generator.generateKeyPair();
  }

  private static Clock clock(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static KeysConfig config(Path keys, boolean generate, SigningAlgorithm algorithm) {
    return new KeysConfig() {
      @Override
      public Path directory() {
        return keys;
      }

      @Override
      public boolean generate() {
        return generate;
      }

      @Override
      public SigningAlgorithm algorithm() {
        return algorithm;
      }
    };
  }
}
