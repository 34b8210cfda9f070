package cn.gov.zhangye.credit.platform.crypto;

import java.security.PrivateKey;

/**
 * A private key that signs documents: its key id ({@code kid}) and the JWS algorithm it signs with
 * ({@code alg}, such as {@code ES256}), both written into the header of every signature it makes.
 */
public record DocumentSigningKey(String keyId, String algorithm, PrivateKey privateKey) {}
