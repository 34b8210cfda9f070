package cn.gov.zhangye.credit.access.token;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.jose4j.keys.EllipticCurves;

/**
 * The signature algorithms the gateway accepts: an explicit allow-list, one algorithm per key type,
 * so that no token can choose how it is checked.
 */
public enum SigningAlgorithm {
  RS256("RSA", "SHA256withRSA", SignatureAlgorithm.RS256),
  ES256("EC", "SHA256withECDSA", SignatureAlgorithm.ES256);

  private static final int MIN_RSA_BITS = 2048;
  private static final int GENERATED_RSA_BITS = 2048;

  private final String keyType;
  private final String jcaSignature;
  private final SignatureAlgorithm jwt;

  SigningAlgorithm(String keyType, String jcaSignature, SignatureAlgorithm jwt) {
    this.keyType = keyType;
    this.jcaSignature = jcaSignature;
    this.jwt = jwt;
  }

  /** The JCA key type: {@code RSA} or {@code EC}. */
  public String keyType() {
    return keyType;
  }

  SignatureAlgorithm jwt() {
    return jwt;
  }

  /** Whether {@code privateKey} makes signatures that {@code publicKey} verifies. */
  boolean pairs(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
    byte[] probe = "key pair check".getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance(jcaSignature);
    signer.initSign(privateKey);
    signer.update(probe);
    Signature verifier = Signature.getInstance(jcaSignature);
    verifier.initVerify(publicKey);
    verifier.update(probe);
    return verifier.verify(signer.sign());
  }

  /**
   * The algorithm a public key signs with; empty for a key outside the allow-list (another type, an
   * RSA key under 2048 bits, an EC key off the P-256 curve).
   */
  static Optional<SigningAlgorithm> of(PublicKey key) {
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_RSA_BITS) {
      return Optional.of(RS256);
    }
    if (key instanceof ECPublicKey ec
        && EllipticCurves.P_256.equals(EllipticCurves.getName(ec.getParams().getCurve()))) {
      return Optional.of(ES256);
    }
    return Optional.empty();
  }

  KeyPair generate() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType);
    if (this == RS256) {
      generator.initialize(GENERATED_RSA_BITS);
    } else {
      generator.initialize(new ECGenParameterSpec("secp256r1"));
    }
    return generator.generateKeyPair();
  }
}
