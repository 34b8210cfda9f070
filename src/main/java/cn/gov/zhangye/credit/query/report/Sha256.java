package cn.gov.zhangye.credit.query.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, and their lower-case hex form as reports print them. */
final class Sha256 {

  private Sha256() {}

  static byte[] of(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every JVM has SHA-256", impossible);
    }
  }

  static byte[] of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
