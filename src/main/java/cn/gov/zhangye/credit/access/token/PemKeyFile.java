package cn.gov.zhangye.credit.access.token;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key in PEM: a PKCS#8 private key ({@code BEGIN PRIVATE KEY}) with its public key ({@code BEGIN
 * PUBLIC KEY}; optional for RSA, where it follows from the private key), or a public key alone for
 * a key that only verifies. The key id is the file name without {@code .pem}.
 */
final class PemKeyFile {

  static final String PRIVATE = "PRIVATE KEY";
  static final String PUBLIC = "PUBLIC KEY";

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  private PemKeyFile() {}

  static SigningKey read(String kid, String text) throws GeneralSecurityException {
    Map<String, byte[]> blocks = blocks(text);
    Optional<PrivateKey> privateKey = Optional.empty();
    if (blocks.containsKey(PRIVATE)) {
      privateKey =
          Optional.of(
              decode(PRIVATE, new PKCS8EncodedKeySpec(blocks.get(PRIVATE)), PrivateKey.class));
    }
    PublicKey publicKey;
    if (blocks.containsKey(PUBLIC)) {
      publicKey = decode(PUBLIC, new X509EncodedKeySpec(blocks.get(PUBLIC)), PublicKey.class);
    } else if (privateKey.orElse(null) instanceof RSAPrivateCrtKey rsa) {
      publicKey =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    } else {
      throw new GeneralSecurityException(
          "no PUBLIC KEY block (an EC private key needs its public key beside it)");
    }
    SigningAlgorithm algorithm =
        SigningAlgorithm.of(publicKey)
            .orElseThrow(
                () ->
                    new GeneralSecurityException(
                        "not an RSA key of 2048 bits or more, nor an EC key on P-256"));
    if (privateKey.isPresent() && !algorithm.pairs(privateKey.get(), publicKey)) {
      throw new GeneralSecurityException("the private and the public key do not belong together");
    }
    return new SigningKey(kid, algorithm, publicKey, privateKey);
  }

  static String encode(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static Map<String, byte[]> blocks(String text) throws GeneralSecurityException {
    Map<String, byte[]> blocks = new HashMap<>();
    Matcher block = BLOCK.matcher(text);
    while (block.find()) {
      String type = block.group(1);
      if (!type.equals(PRIVATE) && !type.equals(PUBLIC)) {
        throw new GeneralSecurityException(
            "a "
                + type
                + " block; expected PKCS#8 (convert with: openssl pkcs8 -topk8 -nocrypt -in old.pem)");
      }
      blocks.put(type, Base64.getMimeDecoder().decode(block.group(2)));
    }
    if (blocks.isEmpty()) {
      throw new GeneralSecurityException("no PEM key block");
    }
    return blocks;
  }

  /** The key of a block, tried as RSA, then as EC: the PEM does not say which. */
  private static <K extends Key> K decode(String block, KeySpec spec, Class<K> kind)
      throws GeneralSecurityException {
    for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
      KeyFactory factory = KeyFactory.getInstance(algorithm.keyType());
      try {
        return kind.cast(
            kind == PrivateKey.class
                ? factory.generatePrivate(spec)
                : factory.generatePublic(spec));
      } catch (GeneralSecurityException notThisType) {
        // try the next type
      }
    }
    throw new GeneralSecurityException("the " + block + " block is neither an RSA nor an EC key");
  }
}
