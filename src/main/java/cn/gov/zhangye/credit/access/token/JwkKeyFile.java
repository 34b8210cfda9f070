package cn.gov.zhangye.credit.access.token;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Keys as JWK (RFC 7517): one key, or a key set ({@code {"keys": [...]}}). A key with its private
 * members signs; a public one only verifies. A lone key without {@code kid} takes the file name.
 */
final class JwkKeyFile {

  private JwkKeyFile() {}

  static List<SigningKey> read(String fileKid, String text) throws GeneralSecurityException {
    try {
      List<JsonWebKey> jwks =
          text.contains("\"keys\"")
              ? new JsonWebKeySet(text).getJsonWebKeys()
              : List.of(JsonWebKey.Factory.newJwk(text));
      List<SigningKey> keys = new ArrayList<>();
      for (JsonWebKey jwk : jwks) {
        String kid = jwk.getKeyId() != null ? jwk.getKeyId() : jwks.size() == 1 ? fileKid : null;
        keys.add(key(kid, jwk));
      }
      return keys;
    } catch (JoseException malformed) {
      throw new GeneralSecurityException("not a JWK or JWK set: " + malformed.getMessage());
    }
  }

  private static SigningKey key(String kid, JsonWebKey jwk) throws GeneralSecurityException {
    if (kid == null) {
      throw new GeneralSecurityException("a key of the set has no kid");
    }
    if (!(jwk instanceof PublicJsonWebKey pair)) {
      throw new GeneralSecurityException("key " + kid + " is not an RSA or EC key");
    }
    if (jwk.getUse() != null && !"sig".equals(jwk.getUse())) {
      throw new GeneralSecurityException(
          "key " + kid + " is for use " + jwk.getUse() + ", not sig");
    }
    SigningAlgorithm algorithm =
        SigningAlgorithm.of(pair.getPublicKey())
            .orElseThrow(
                () ->
                    new GeneralSecurityException(
                        "key " + kid + " is not RSA of 2048 bits or more, nor EC on P-256"));
    if (jwk.getAlgorithm() != null && !algorithm.name().equals(jwk.getAlgorithm())) {
      throw new GeneralSecurityException(
          "key " + kid + " says alg " + jwk.getAlgorithm() + "; only " + algorithm + " fits it");
    }
    return new SigningKey(
        kid, algorithm, pair.getPublicKey(), Optional.ofNullable(pair.getPrivateKey()));
  }
}
