package cn.gov.zhangye.credit.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.platform.crypto.WebhookSignatures.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against the test vector the Standard Webhooks reference libraries share (their Go and C# tests
 * sign with it): secret, message id, timestamp and body, and the signature they expect.
 */
class WebhookSignaturesTest {

  private static final WebhookSecret SECRET =
      WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long SIGNED_AT = 1614265330;
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  private static final WebhookHeaders SIGNED =
      new WebhookHeaders(ID, Long.toString(SIGNED_AT), SIGNATURE);
  private static final WebhookSecret OTHER =
      WebhookSecret.of("whsec_YW5vdGhlciB3ZWJob29rIHNlY3JldCEh");

  @Test
  void signsAsTheReferenceLibrariesSign() {
    WebhookHeaders headers = at(SIGNED_AT).sign(ID, BODY, List.of(SECRET));

    assertEquals(SIGNED, headers);
    assertEquals(
        SIGNED,
        at(SIGNED_AT)
            .sign(ID, BODY, List.of(WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))));
  }

  @Test
  void verifiesWithinTheToleranceEitherWayAndNotBeyond() {
    long tolerance = WebhookSignatures.TOLERANCE.toSeconds();

    assertEquals(Verification.VALID, at(SIGNED_AT).verify(SIGNED, BODY, List.of(SECRET)));
    assertEquals(
        Verification.VALID, at(SIGNED_AT + tolerance).verify(SIGNED, BODY, List.of(SECRET)));
    assertEquals(
        Verification.VALID, at(SIGNED_AT - tolerance).verify(SIGNED, BODY, List.of(SECRET)));
    assertEquals(
        Verification.OUTSIDE_TOLERANCE,
        at(SIGNED_AT + tolerance + 1).verify(SIGNED, BODY, List.of(SECRET)));
    assertEquals(
        Verification.OUTSIDE_TOLERANCE,
        at(SIGNED_AT - tolerance - 1).verify(SIGNED, BODY, List.of(SECRET)));
  }

  @Test
  void duringARotationEitherSecretVerifies() {
    WebhookHeaders both = at(SIGNED_AT).sign(ID, BODY, List.of(OTHER, SECRET));

    assertEquals(2, both.signature().split(" ").length);
    assertEquals(SIGNATURE, both.signature().split(" ")[1]);
    assertEquals(Verification.VALID, at(SIGNED_AT).verify(both, BODY, List.of(SECRET)));
    assertEquals(Verification.VALID, at(SIGNED_AT).verify(both, BODY, List.of(OTHER)));
    assertEquals(Verification.VALID, at(SIGNED_AT).verify(SIGNED, BODY, List.of(OTHER, SECRET)));
  }

  @Test
  void anotherSecretBodyIdOrTimestampMatchesNoSignature() {
    WebhookSignatures now = at(SIGNED_AT);
    byte[] altered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

    assertEquals(Verification.NO_MATCHING_SIGNATURE, now.verify(SIGNED, BODY, List.of(OTHER)));
    assertEquals(Verification.NO_MATCHING_SIGNATURE, now.verify(SIGNED, altered, List.of(SECRET)));
    assertEquals(
        Verification.NO_MATCHING_SIGNATURE,
        now.verify(
            new WebhookHeaders("msg_other", SIGNED.timestamp(), SIGNATURE), BODY, List.of(SECRET)));
    assertEquals(
        Verification.NO_MATCHING_SIGNATURE,
        now.verify(
            new WebhookHeaders(ID, Long.toString(SIGNED_AT + 1), SIGNATURE),
            BODY,
            List.of(SECRET)));
  }

  @Test
  void onlyVersionOneSignaturesCount() {
    String value = SIGNATURE.substring("v1,".length());
    WebhookSignatures now = at(SIGNED_AT);

    assertEquals(
        Verification.NO_MATCHING_SIGNATURE,
        now.verify(
            new WebhookHeaders(ID, SIGNED.timestamp(), "v1a," + value), BODY, List.of(SECRET)));
    assertEquals(
        Verification.NO_MATCHING_SIGNATURE,
        now.verify(new WebhookHeaders(ID, SIGNED.timestamp(), value), BODY, List.of(SECRET)));
    assertEquals(
        Verification.VALID,
        now.verify(
            new WebhookHeaders(ID, SIGNED.timestamp(), "v1,!!notbase64 v1a,xyz " + SIGNATURE),
            BODY,
            List.of(SECRET)));
  }

  @Test
  void aMissingHeaderOrATimestampThatIsNoNumberIsMalformed() {
    WebhookSignatures now = at(SIGNED_AT);

    assertEquals(
        Verification.MALFORMED,
        now.verify(new WebhookHeaders(null, SIGNED.timestamp(), SIGNATURE), BODY, List.of(SECRET)));
    assertEquals(
        Verification.MALFORMED,
        now.verify(new WebhookHeaders(ID, null, SIGNATURE), BODY, List.of(SECRET)));
    assertEquals(
        Verification.MALFORMED,
        now.verify(new WebhookHeaders(ID, SIGNED.timestamp(), null), BODY, List.of(SECRET)));
    assertEquals(
        Verification.MALFORMED,
        now.verify(
            new WebhookHeaders(ID, "2021-02-25T15:02:10Z", SIGNATURE), BODY, List.of(SECRET)));
  }

  @Test
  void refusesWhatWouldMakeTheSignedContentAmbiguousOrEmpty() {
    WebhookSignatures now = at(SIGNED_AT);

    assertThrows(IllegalArgumentException.class, () -> now.sign("msg.1", BODY, List.of(SECRET)));
    assertThrows(IllegalArgumentException.class, () -> now.sign(ID, BODY, List.of()));
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of("whsec_"));
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of("whsec_not base64"));
    assertEquals("whsec_…", SECRET.toString());
  }

  private static WebhookSignatures at(long epochSecond) {
    return new WebhookSignatures(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }
}
