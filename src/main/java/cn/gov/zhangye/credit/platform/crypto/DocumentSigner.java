package cn.gov.zhangye.credit.platform.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signs JSON documents the gateway issues (credit reports, export manifests, audit checkpoints) as
 * a JWS (RFC 7515) over their canonical form (RFC 8785), so that anyone can check them against the
 * published keys whatever JSON library they read them with. The header names the key ({@code kid}),
 * its algorithm and the document's type ({@code typ}), which keeps one kind of document from
 * passing for another.
 */
public final class DocumentSigner {

  private DocumentSigner() {}

  /** A compact JWS that carries the canonical document as its payload. */
  public static SignedDocument compact(String type, JsonNode document, DocumentSigningKey key) {
    return signed(type, document, key, JsonWebSignature::getCompactSerialization);
  }

  /**
   * A JWS with detached content (RFC 7515 Appendix F): {@code header..signature}, to travel beside
   * the document it signs.
   */
  public static SignedDocument detached(String type, JsonNode document, DocumentSigningKey key) {
    return signed(type, document, key, JsonWebSignature::getDetachedContentCompactSerialization);
  }

  private static SignedDocument signed(
      String type, JsonNode document, DocumentSigningKey key, Serialization serialization) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(CanonicalJson.of(document));
    jws.setKeyIdHeaderValue(key.keyId());
    jws.setAlgorithmHeaderValue(key.algorithm());
    jws.setHeader("typ", type);
    jws.setKey(key.privateKey());
    try {
      return new SignedDocument(
          key.keyId(), key.algorithm(), jws.getUnverifiedPayload(), serialization.of(jws));
    } catch (JoseException unusable) {
      throw new IllegalArgumentException("Key " + key.keyId() + " cannot sign", unusable);
    }
  }

  /** How a signature is written out; signing happens as it is. */
  private interface Serialization {
    String of(JsonWebSignature jws) throws JoseException;
  }
}
