package cn.gov.zhangye.credit.access.token;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Enables an external issuer (a stand-in for a city Keycloak) whose key pair is generated here
 * once: its public JWKS is the mounted file the gateway reads, its private key the tests sign with.
 */
public class ExternalIssuerProfile implements QuarkusTestProfile {

  public static final String ISSUER = "https://keycloak.zhangye.example/realms/city";
  public static final String AUDIENCE = "credit-gateway-external";
  static final String KEY_ID = "city-2026";
  private static final Path DIRECTORY = Path.of("target", "external-issuer");
  private static final Path JWKS = DIRECTORY.resolve("jwks.json");
  private static final Path PRIVATE_KEY = DIRECTORY.resolve("private.jwk");

  @Override
  public Map<String, String> getConfigOverrides() {
    writeKeys();
    return Map.of(
        "credit.access.external-issuer.enabled",
        "true",
        "credit.access.external-issuer.issuer",
        ISSUER,
        "credit.access.external-issuer.audience",
        AUDIENCE,
        "credit.access.external-issuer.jwks-file",
        JWKS.toString());
  }

  /** The external issuer's signing key, with its private part. */
  public static synchronized PublicJsonWebKey signingKey() {
    writeKeys();
    try {
      return PublicJsonWebKey.Factory.newPublicJwk(
          Files.readString(PRIVATE_KEY, StandardCharsets.UTF_8));
    } catch (IOException | JoseException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static synchronized void writeKeys() {
    if (Files.exists(JWKS) && Files.exists(PRIVATE_KEY)) {
      return;
    }
    try {
      Files.createDirectories(DIRECTORY);
      RsaJsonWebKey key = rsaKey(KEY_ID);
      Files.writeString(
          PRIVATE_KEY,
          key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE),
          StandardCharsets.UTF_8);
      // An encryption key as Keycloak publishes one too: never used to check a signature.
      RsaJsonWebKey encryption = rsaKey("city-enc");
      encryption.setUse("enc");
      Files.writeString(
          JWKS,
          new JsonWebKeySet(key, encryption).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY),
          StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** A fresh 2048-bit RSA key with key id {@code kid}. */
  static RsaJsonWebKey rsaKey(String kid) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      RsaJsonWebKey key = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
      key.setPrivateKey(pair.getPrivate());
      key.setKeyId(kid);
      key.setUse("sig");
      return key;
    } catch (GeneralSecurityException | JoseException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
