package cn.gov.zhangye.credit.platform.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Checks the signatures {@link DocumentSigner} makes against a set of public keys, found by the
 * {@code kid} of the header. A signature is good only when its key is in the set, it is made with
 * that key's own algorithm, its {@code typ} is the one expected, and it signs the payload; anything
 * else (malformed, another type, an unknown key, a wrong signature) verifies as nothing.
 */
public final class DocumentVerifier {

  private DocumentVerifier() {}

  /** The payload of {@code compactJws} when it is a good signature of type {@code type}. */
  public static Optional<VerifiedDocument> compact(
      String type, String compactJws, Collection<DocumentVerificationKey> keys) {
    return verified(type, compactJws, null, keys);
  }

  /**
   * The canonical form of {@code document} when {@code detachedJws} (RFC 7515 Appendix F) is a good
   * signature of it of type {@code type}.
   */
  public static Optional<VerifiedDocument> detached(
      String type,
      String detachedJws,
      JsonNode document,
      Collection<DocumentVerificationKey> keys) {
    return verified(type, detachedJws, CanonicalJson.of(document), keys);
  }

  private static Optional<VerifiedDocument> verified(
      String type,
      String serialization,
      String detachedPayload,
      Collection<DocumentVerificationKey> keys) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setCompactSerialization(serialization);
      if (detachedPayload != null) {
        jws.setPayload(detachedPayload);
      }
      String kid = jws.getKeyIdHeaderValue();
      Optional<DocumentVerificationKey> key =
          keys.stream().filter(candidate -> candidate.keyId().equals(kid)).findFirst();
      if (key.isEmpty() || !type.equals(jws.getHeader("typ"))) {
        return Optional.empty();
      }
      jws.setAlgorithmConstraints(
          new AlgorithmConstraints(
              AlgorithmConstraints.ConstraintType.PERMIT, key.get().algorithm()));
      jws.setKey(key.get().publicKey());
      return jws.verifySignature()
          ? Optional.of(new VerifiedDocument(kid, jws.getPayload()))
          : Optional.empty();
    } catch (JoseException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
