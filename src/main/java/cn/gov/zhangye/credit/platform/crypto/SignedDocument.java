package cn.gov.zhangye.credit.platform.crypto;

/**
 * A signature made: the key that made it, its algorithm, the payload it signs (the document's
 * canonical JSON) and the JWS, compact or with detached content.
 */
public record SignedDocument(String keyId, String algorithm, String payload, String jws) {}
