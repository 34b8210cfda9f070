package cn.gov.zhangye.credit.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies webhook messages after Standard Webhooks (standardwebhooks.com), symmetric
 * scheme {@code v1}: HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}. A message is
 * signed with every secret given, so that during a rotation the receiver may still hold the old
 * one; it verifies when one of its signatures matches one of the receiver's secrets and it was
 * signed within {@link #TOLERANCE} of the receiver's clock, which bounds replays.
 */
@ApplicationScoped
public class WebhookSignatures {

  /** How far a timestamp may lie from now, either way: that of the reference libraries. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static final String VERSION = "v1";
  private static final String HMAC = "HmacSHA256";

  private final Clock clock;

  public WebhookSignatures(Clock clock) {
    this.clock = clock;
  }

  /** What a webhook verification found. */
  public enum Verification {
    VALID,
    /** A header is missing, or the timestamp is not a whole number of seconds. */
    MALFORMED,
    /** Signed too long ago or too far ahead: a replay, or a clock far off. */
    OUTSIDE_TOLERANCE,
    /** No signature of the header matches any of the secrets. */
    NO_MATCHING_SIGNATURE
  }

  /**
   * The headers that send {@code body} as message {@code id}, signed now with each of {@code
   * secrets} in turn.
   *
   * @param id the message id; no dots, which would make the signed content ambiguous
   */
  public WebhookHeaders sign(String id, byte[] body, List<WebhookSecret> secrets) {
    if (id.isBlank() || id.contains(".")) {
      throw new IllegalArgumentException("A webhook id is not blank and has no dot: " + id);
    }
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("A webhook is signed with at least one secret");
    }
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    List<String> signatures =
        secrets.stream()
            .map(
                secret ->
                    VERSION
                        + ","
                        + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body)))
            .toList();
    return new WebhookHeaders(id, timestamp, String.join(" ", signatures));
  }

  /** Whether {@code body} came with {@code headers} from a holder of one of {@code secrets}. */
  public Verification verify(
      WebhookHeaders headers, byte[] body, Collection<WebhookSecret> secrets) {
    if (headers.id() == null || headers.timestamp() == null || headers.signature() == null) {
      return Verification.MALFORMED;
    }
    long signedAt;
    try {
      signedAt = Long.parseLong(headers.timestamp());
    } catch (NumberFormatException notSeconds) {
      return Verification.MALFORMED;
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - signedAt) > TOLERANCE.toSeconds()) {
      return Verification.OUTSIDE_TOLERANCE;
    }
    List<byte[]> presented = presented(headers.signature());
    for (WebhookSecret secret : secrets) {
      byte[] expected = mac(secret, headers.id(), headers.timestamp(), body);
      if (presented.stream().anyMatch(candidate -> MessageDigest.isEqual(expected, candidate))) {
        return Verification.VALID;
      }
    }
    return Verification.NO_MATCHING_SIGNATURE;
  }

  /**
   * The {@code v1} signatures of a header, decoded; those of other versions or unreadable left out.
   */
  private static List<byte[]> presented(String header) {
    return Arrays.stream(header.split(" "))
        .filter(signature -> signature.startsWith(VERSION + ","))
        .map(signature -> signature.substring(VERSION.length() + 1))
        .flatMap(WebhookSignatures::decoded)
        .toList();
  }

  private static Stream<byte[]> decoded(String base64) {
    try {
      return Stream.of(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException notBase64) {
      return Stream.empty();
    }
  }

  private static byte[] mac(WebhookSecret secret, String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.key(), HMAC));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
    }
  }
}
