package cn.gov.zhangye.credit.platform.crypto;

import java.util.Base64;

/**
 * A symmetric signing secret of Standard Webhooks: random bytes, shown to the receiver as {@code
 * whsec_} and their base64. Accepted without the prefix too, as the reference libraries accept it.
 * Its {@link #toString()} never shows it.
 */
public final class WebhookSecret {

  private static final String PREFIX = "whsec_";

  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key;
  }

  /**
   * The secret {@code serialized} stands for.
   *
   * @throws IllegalArgumentException when it is not base64 or holds no byte
   */
  public static WebhookSecret of(String serialized) {
    String encoded =
        serialized.startsWith(PREFIX) ? serialized.substring(PREFIX.length()) : serialized;
    byte[] key = Base64.getDecoder().decode(encoded);
    if (key.length == 0) {
      throw new IllegalArgumentException("A webhook secret holds at least one byte");
    }
    return new WebhookSecret(key);
  }

  byte[] key() {
    return key.clone();
  }

  @Override
  public String toString() {
    return PREFIX + "…";
  }
}
