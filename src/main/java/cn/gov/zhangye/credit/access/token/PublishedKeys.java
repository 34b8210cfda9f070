package cn.gov.zhangye.credit.access.token;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/** The public half of the key set as a JWK set (RFC 7517), for anyone who checks our tokens. */
@Schema(name = "JsonWebKeySet", description = "公钥集合（RFC 7517）。/ The public keys (RFC 7517).")
public record PublishedKeys(
    @Schema(description = "公钥，每个带 kid 和 alg。/ The public keys, each with kid and alg.")
        List<Map<String, Object>> keys) {

  static PublishedKeys of(KeySet keySet) {
    return new PublishedKeys(keySet.all().stream().map(PublishedKeys::jwk).toList());
  }

  private static Map<String, Object> jwk(SigningKey key) {
    try {
      PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key.publicKey());
      jwk.setKeyId(key.id());
      jwk.setAlgorithm(key.algorithm().name());
      jwk.setUse("sig");
      return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    } catch (JoseException impossible) {
      throw new IllegalStateException("An RSA or EC key is always a JWK", impossible);
    }
  }
}
