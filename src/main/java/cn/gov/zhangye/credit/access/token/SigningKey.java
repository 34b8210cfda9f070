package cn.gov.zhangye.credit.access.token;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * One key of the key set. With its private part it can sign; without it, it only verifies tokens
 * signed before it was retired.
 */
record SigningKey(
    String id, SigningAlgorithm algorithm, PublicKey publicKey, Optional<PrivateKey> privateKey) {

  boolean signs() {
    return privateKey.isPresent();
  }
}
