package cn.gov.zhangye.credit.platform.crypto;

/** A document whose signature verified: the key that signed it and the payload it signed. */
public record VerifiedDocument(String keyId, String payload) {}
