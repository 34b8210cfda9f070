package cn.gov.zhangye.credit.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentSignerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TYPE = "export-manifest+jws";
  private static final KeyPair EC = pair("EC");
  private static final KeyPair RSA = pair("RSA");
  private static final DocumentSigningKey EC_SIGNER =
      new DocumentSigningKey("2026-01", "ES256", EC.getPrivate());
  private static final DocumentSigningKey RSA_SIGNER =
      new DocumentSigningKey("2025-01", "RS256", RSA.getPrivate());
  private static final List<DocumentVerificationKey> KEYS =
      List.of(
          new DocumentVerificationKey("2025-01", "RS256", RSA.getPublic()),
          new DocumentVerificationKey("2026-01", "ES256", EC.getPublic()));

  private static final String DOCUMENT = "{\"名称\": \"张掖\", \"count\": 2.0, \"a\": [true, null]}";
  private static final String CANONICAL = "{\"a\":[true,null],\"count\":2,\"名称\":\"张掖\"}";

  @Test
  void aCompactSignatureCarriesTheCanonicalDocumentAndVerifiesWithItsKey() throws Exception {
    SignedDocument signed = DocumentSigner.compact(TYPE, document(), EC_SIGNER);

    assertEquals(CANONICAL, signed.payload());
    assertEquals("2026-01", signed.keyId());
    assertEquals("ES256", signed.algorithm());
    JsonNode header = part(signed.jws(), 0);
    assertEquals("2026-01", header.get("kid").asText());
    assertEquals("ES256", header.get("alg").asText());
    assertEquals(TYPE, header.get("typ").asText());
    assertEquals(CANONICAL, text(signed.jws().split("\\.")[1]));
    assertEquals(
        Optional.of(new VerifiedDocument("2026-01", CANONICAL)),
        DocumentVerifier.compact(TYPE, signed.jws(), KEYS));
  }

  @Test
  void anRsaSignatureIsAPlainRfc7515SignatureThatTheJavaRuntimeVerifies() throws Exception {
    String jws = DocumentSigner.compact(TYPE, document(), RSA_SIGNER).jws();

    String[] parts = jws.split("\\.");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(RSA.getPublic());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
  }

  @Test
  void aDetachedSignatureLeavesThePayloadOutAndVerifiesBesideTheDocument() throws Exception {
    SignedDocument signed = DocumentSigner.detached(TYPE, document(), RSA_SIGNER);

    String[] parts = signed.jws().split("\\.", -1);
    assertEquals(3, parts.length);
    assertEquals("", parts[1]);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(RSA.getPublic());
    rsa.update((parts[0] + "." + base64Url(CANONICAL)).getBytes(StandardCharsets.US_ASCII));
    assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));

    JsonNode sameInOtherOrder =
        JSON.readTree("{\"a\": [true, null], \"名称\": \"张掖\", \"count\": 2}");
    assertEquals(
        Optional.of(new VerifiedDocument("2025-01", CANONICAL)),
        DocumentVerifier.detached(TYPE, signed.jws(), sameInOtherOrder, KEYS));
    ObjectNode altered = document();
    altered.put("count", 3);
    assertEquals(Optional.empty(), DocumentVerifier.detached(TYPE, signed.jws(), altered, KEYS));
  }

  @Test
  void anotherTypeAnUnknownKeyOrAnAlteredPayloadVerifiesAsNothing() throws Exception {
    String jws = DocumentSigner.compact(TYPE, document(), EC_SIGNER).jws();
    String[] parts = jws.split("\\.");

    assertEquals(Optional.empty(), DocumentVerifier.compact("credit-report+jws", jws, KEYS));
    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, jws, KEYS.subList(0, 1)));
    String altered = parts[0] + "." + base64Url(CANONICAL.replace('2', '3')) + "." + parts[2];
    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, altered, KEYS));
    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, "not.a.jws", KEYS));
    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, "", KEYS));
  }

  @Test
  void aSignatureVerifiesOnlyWithTheAlgorithmOfItsKey() {
    // signed with the RSA key, but under the id of the EC key: the EC key's algorithm decides
    DocumentSigningKey impostor = new DocumentSigningKey("2026-01", "RS256", RSA.getPrivate());
    String jws = DocumentSigner.compact(TYPE, document(), impostor).jws();
    List<DocumentVerificationKey> rsaUnderEcId =
        List.of(new DocumentVerificationKey("2026-01", "ES256", RSA.getPublic()));

    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, jws, rsaUnderEcId));
    assertEquals(Optional.empty(), DocumentVerifier.compact(TYPE, jws, KEYS));
    List<DocumentVerificationKey> rsaAsRsa =
        List.of(new DocumentVerificationKey("2026-01", "RS256", RSA.getPublic()));
    assertTrue(DocumentVerifier.compact(TYPE, jws, rsaAsRsa).isPresent());
  }

  private static ObjectNode document() {
    try {
      return (ObjectNode) JSON.readTree(DOCUMENT);
    } catch (Exception broken) {
      throw new IllegalStateException(broken);
    }
  }

  private static JsonNode part(String jws, int index) throws Exception {
    return JSON.readTree(text(jws.split("\\.")[index]));
  }

  private static String text(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
  }

  private static String base64Url(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair pair(String type) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
      if (type.equals("EC")) {
        generator.initialize(new ECGenParameterSpec("secp256r1"));
      } else {
        generator.initialize(2048);
      }
      return generator.generateKeyPair();
    } catch (Exception unavailable) {
      throw new IllegalStateException(unavailable);
    }
  }
}
