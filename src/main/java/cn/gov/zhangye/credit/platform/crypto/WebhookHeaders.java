package cn.gov.zhangye.credit.platform.crypto;

/**
 * The three headers of Standard Webhooks as sent or received; a received one may lack any of them
 * (null).
 *
 * @param id {@code webhook-id}: the message id, the same on every retry of a message
 * @param timestamp {@code webhook-timestamp}: when it was signed, in seconds since the epoch
 * @param signature {@code webhook-signature}: {@code v1,<base64>} signatures, space-separated
 */
public record WebhookHeaders(String id, String timestamp, String signature) {

  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";
}
