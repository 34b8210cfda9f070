package cn.gov.zhangye.credit.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, and their lower-case hex form. */
public final class Sha256 {

  private Sha256() {}

  /** A digest to feed part by part. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every JVM has SHA-256", impossible);
    }
  }

  public static byte[] of(byte[] bytes) {
    return digest().digest(bytes);
  }

  public static byte[] of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /** The hex of the digest of {@code text} in UTF-8. */
  public static String hexOf(String text) {
    return hex(of(text));
  }
}
