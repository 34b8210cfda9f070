package cn.gov.zhangye.credit.platform.crypto;

import java.security.PublicKey;

/**
 * A public key that verifies documents signed under its key id with its algorithm, and with no
 * other algorithm, whatever a signature's header claims.
 */
public record DocumentVerificationKey(String keyId, String algorithm, PublicKey publicKey) {}
