package cn.gov.zhangye.credit.access.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.Key;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signs documents the gateway issues (such as credit reports) with the same key set as access
 * tokens, so that anyone can check them against the published JWK set: a compact JWS (RFC 7515)
 * whose header names the key ({@code kid}), the algorithm the key signs with and the document's
 * type ({@code typ}), distinct from an access token's.
 */
@ApplicationScoped
public class DocumentSignatures {

  private final KeySet keys;

  DocumentSignatures(KeySet keys) {
    this.keys = keys;
  }

  /**
   * A compact JWS of {@code payload} (UTF-8) with the signing key, its header typed {@code type}.
   */
  public SignedDocument sign(String type, String payload) {
    SigningKey key = keys.signing();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payload);
    jws.setKeyIdHeaderValue(key.id());
    jws.setAlgorithmHeaderValue(key.algorithm().name());
    jws.setHeader("typ", type);
    jws.setKey(key.privateKey().orElseThrow());
    try {
      return new SignedDocument(key.id(), key.algorithm().name(), jws.getCompactSerialization());
    } catch (JoseException impossible) {
      throw new IllegalStateException("A key of the key set always signs", impossible);
    }
  }

  /**
   * The payload of {@code compactJws} when one of the gateway's keys (the retired ones included)
   * signed it, with that key's own algorithm, and its header is typed {@code type}; empty for
   * anything else: malformed, another type, an unknown key, a wrong signature.
   */
  public Optional<VerifiedDocument> verify(String type, String compactJws) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setCompactSerialization(compactJws);
      String kid = jws.getKeyIdHeaderValue();
      Optional<SigningKey> key =
          keys.all().stream().filter(candidate -> candidate.id().equals(kid)).findFirst();
      if (key.isEmpty() || !type.equals(jws.getHeader("typ"))) {
        return Optional.empty();
      }
      jws.setAlgorithmConstraints(
          new AlgorithmConstraints(
              AlgorithmConstraints.ConstraintType.PERMIT, key.get().algorithm().name()));
      Key publicKey = key.get().publicKey();
      jws.setKey(publicKey);
      return jws.verifySignature()
          ? Optional.of(new VerifiedDocument(kid, jws.getPayload()))
          : Optional.empty();
    } catch (JoseException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** A signature made: the key that made it, its algorithm and the compact JWS. */
  public record SignedDocument(String keyId, String algorithm, String jws) {}

  /** A document whose signature verified: the key that signed it and the payload. */
  public record VerifiedDocument(String keyId, String payload) {}
}
